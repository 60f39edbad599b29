"""Languages: our .qm catalogue plus Qt's own qtbase translation; zh_CN by default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reports.resources import resource_dir

from .desk import desk_settings

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
_installed: list[QTranslator] = []


def desk_language() -> str:
    value = desk_settings().value("ui/language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_desk_language(language: str) -> None:
    settings = desk_settings()
    settings.setValue("ui/language", language)
    settings.sync()


def translations_dir():
    return resource_dir() / "translations"


def install_translators(language: str) -> list[str]:
    """Load our catalogue and Qt's qtbase for ``language``; return the files loaded."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded = []
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"frontdesk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded.append(f"frontdesk_{language}.qm")
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder in (str(translations_dir()), qt_dir):
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
            loaded.append(f"qtbase_{language}")
            break
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English,
                               QLocale.Country.China if language == "zh_CN" else QLocale.Country.UnitedStates))
    return loaded
