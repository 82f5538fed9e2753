"""Word lists for the synthetic corpus: who, what, in which units, and the prose around it.

Real company names sit next to invented ones (built from ``NAME_HEADS`` x ``NAME_TAILS``) so the
corpus is not tied to any gazetteer the linter may ship.
"""

from __future__ import annotations

from dataclasses import dataclass

# Word lists stay dense, several to a line.
# fmt: off
COMPANIES = (
    "比亚迪", "美团", "蔚来", "京东物流", "小红书", "宁德时代", "拼多多", "快手", "哔哩哔哩",
    "理想汽车", "小鹏汽车", "滴滴出行", "携程", "网易", "百度", "阿里巴巴", "腾讯", "字节跳动",
    "华为", "小米集团", "顺丰控股", "中通快递", "贝壳找房", "知乎", "爱奇艺", "微博", "得物",
    "喜茶", "蜜雪冰城", "瑞幸咖啡", "名创优品", "安踏体育", "海尔智家", "格力电器", "隆基绿能",
    "迈瑞医疗", "药明康德", "中芯国际", "联想集团", "招商银行", "平安好医生", "货拉拉", "满帮",
)

NAME_HEADS = (
    "蓝鲸", "星途", "云帆", "极光", "青禾", "北辰", "知行", "聚源", "启明", "远景", "若水", "凌云",
    "深蓝", "鹿鸣", "禾苗", "燧石", "赤兔", "万象", "九章", "澄江", "晨曦", "金穗", "白鹭", "灵犀",
)
NAME_TAILS = (
    "科技", "智能", "出行", "物流", "医疗", "汽车", "新能源", "半导体", "教育", "文旅", "生鲜",
    "支付", "云", "机器人", "储能", "健康", "传媒", "电商", "动力", "数据",
)

PRODUCTS = (
    "微信支付", "抖音极速版", "淘宝特价版", "美团优选", "京东到家", "支付宝小程序", "飞书", "钉钉",
    "企业微信", "鸿蒙系统", "快手极速版", "高德地图", "百度网盘", "夸克浏览器",
)


@dataclass(frozen=True)
class Metric:
    """A business metric, the shape of figure a reporter attaches to it, and its units."""

    name: str
    shape: str  # users | money | ratio | volume | count
    units: tuple[str, ...] = ()


_USERS = ("人", "户", "名", "")
_USER_METRICS = ("月活跃用户数", "月活", "日活", "日活跃用户", "注册用户", "付费用户", "MAU", "DAU")
_MONEY_METRICS = ("营收", "营业收入", "净利润", "交易额", "GMV", "研发投入", "市值", "融资额")
_RATIO_METRICS = ("市场份额", "渗透率", "毛利率", "复购率", "净利率", "海外收入占比")
METRICS = (
    *(Metric(name, "users", _USERS) for name in _USER_METRICS),
    *(Metric(name, "money") for name in _MONEY_METRICS),
    *(Metric(name, "ratio") for name in _RATIO_METRICS),
    Metric("出货量", "volume", ("台", "部")),
    Metric("装机量", "volume", ("GWh", "台")),
    Metric("销量", "volume", ("辆", "台", "部")),
    Metric("交付量", "volume", ("辆",)),
    Metric("订单量", "volume", ("单", "笔")),
    Metric("包裹量", "volume", ("件",)),
    Metric("门店数量", "count", ("家",)),
    Metric("员工总数", "count", ("名", "人")),
    Metric("合作商户", "count", ("家",)),
    Metric("覆盖城市", "count", ("个", "座")),
    Metric("充电桩数量", "count", ("个", "根")),
)

# Currency as written after the figure, with how often a mainland outlet uses it.
CURRENCIES = (("元", 0.78), ("美元", 0.14), ("港元", 0.05), ("人民币", 0.03))

REGIONS = ("全球", "国内", "海外", "东南亚", "长三角", "广东省", "一线城市", "下沉市场")
POPULATIONS = ("人", "网民", "上海人", "年轻人", "中国家庭", "外卖用户", "新车买家", "广东人")

REPORTING_VERBS = ("达到", "达", "为", "突破", "升至", "增至", "录得", "约为", "跌至", "回落至")
SOURCES = (
    "财报显示", "公司公告称", "据第三方机构统计", "招股书披露", "据业内人士透露", "官方数据显示",
    "研究报告指出", "据媒体报道", "管理层在业绩会上表示", "行业协会数据显示",
)

FILLER = (
    "业内普遍认为，行业已经从跑马圈地转向精细化运营。", "这一变化背后，是消费者习惯的深刻迁移。",
    "多位分析师指出，短期内价格战难以结束。", "在监管趋严的背景下，平台纷纷调整了补贴策略。",
    "对于中小商家来说，数字化转型不再是选择题。", "供应链的稳定性成为企业竞争的关键变量。",
    "不过，也有观点认为市场已经接近饱和。", "从长期看，技术投入才是决定胜负的核心。",
    "记者在走访中发现，线下门店的客流正在回暖。", "公司方面未就上述数据作出进一步回应。",
    "这意味着，下一阶段的增长将更多依赖海外市场。", "资本市场对此反应平淡，股价全天窄幅震荡。",
    "与此同时，人才争夺战也愈演愈烈。", "一位接近公司的人士表示，新业务仍处于投入期。",
    "“我们更看重的是长期价值，而不是单季度的数字。”", "消费者的选择越来越多，品牌忠诚度却在下降。",
    "政策层面的支持为行业发展提供了确定性。", "当然，任何预测都存在不确定性。",
    "如需了解详情，可拨打客服热线400-820-8820。", "地铁2号线沿线的门店是首批试点。",
    "平台承诺提供7×24小时在线客服。", "该项目第1期工程已于近日完工。",
    "这款搭载iOS 17的设备在B2B市场反响平平。",
)

# Digits that are not business figures: model names, versions, codes.
PRODUCT_MODELS = (
    "iPhone 15", "ES8", "5G手机", "Wi-Fi 6路由器", "P7+", "Model Y", "4680电池", "Mate 60",
    "小米14", "G6", "M7", "3D打印机", "X3 Pro",
)
TITLE_PATTERNS = (
    "{entity}{metric}创新高，{region}市场成增长引擎", "{entity}交出最新成绩单：{metric}再超预期",
    "深度｜{entity}的{metric}困局", "{entity}与{other}：一场关于{metric}的较量",
    "数说{region}：{metric}背后的新变化",
)

AUTHORS = ("本报记者 李文", "特约撰稿 陈思远", "研究员 王晓", "编辑部", "记者 赵一鸣")
TAGS = ("互联网", "新能源", "消费", "物流", "财报", "出海", "医疗", "制造业")
