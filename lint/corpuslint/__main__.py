from corpuslint.cli import main

raise SystemExit(main())
