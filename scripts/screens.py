"""Screenshots of the main window and the dialogs, offscreen, for looking at what we build.

    .venv/bin/python scripts/screens.py OUT_FOLDER [--lang zh_CN|en] [--db DEMO.sqlite]

Builds the demo office (or opens the given one) in a throw-away settings
folder, logs in as the demo manager, and saves one PNG per main-window tab
plus every screen a tab offers through ``SCREENS`` (a list of
``(name, function(window, out_folder) -> [paths])``) in
``scripts/screens_<tab>.py``. Nothing here is used by the program itself.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))



def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--db", type=Path, help="an existing demo office (default: build one)")
    parser.add_argument("--only", help="save only the screens whose name contains this")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="frontdesk-screens-"))
    os.environ["FRONTDESK_SETTINGS_DIR"] = str(tmp / "settings")
    os.environ["FRONTDESK_DATA_DIR"] = str(tmp / "data")

    from gui.app import make_application
    from gui.main_window import MainWindow
    from models import db as dbmod
    from models import demo, people

    app = make_application(language=args.lang)
    db_path = args.db or tmp / "demo.sqlite"
    if args.db is None:
        demo.build_demo(db_path, seed=1)
    dbmod.open_database(db_path, create=False)
    user = people.User.get(people.User.login == demo.DEMO_MANAGER)
    window = MainWindow(user)
    window.resize(1280, 800)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)

    def wanted(name: str) -> bool:
        return not args.only or args.only in name

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        name = f"tab{index + 1}"
        if wanted(name):
            window.grab().save(str(args.out / f"{name}.png"))
            print(args.out / f"{name}.png")
    from models import areas

    for module_name in (f"screens_{name}" for name in areas.built()):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:  # an area without screens of its own
            continue
        for name, shoot in module.SCREENS:
            if wanted(name):
                for path in shoot(window, args.out) or []:
                    print(path)
    window.close()
    dbmod.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
