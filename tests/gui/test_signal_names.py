"""No widget class in gui/ declares a signal that shadows a signal of its Qt bases.

The count grid once declared ``entered = Signal(QModelIndex)`` for "Enter pressed":
the same name and signature as QAbstractItemView.entered, the hover signal, so Qt's
own emissions for a resting pointer reached the grid's Enter handler and moved the
cursor (tests/gui/warehouse/test_count_keys.py). PySide6 folds such a declaration
into the base's signal (the meta-object gains no method), so the check reads the
``Signal`` attributes each class of gui/ declares and walks the QMetaObject of
every Qt class it derives from for a signal of the same name.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtCore import QMetaMethod, QMetaObject, QObject, Signal

import gui


def gui_classes() -> list[type[QObject]]:
    found: dict[str, type[QObject]] = {}
    for info in pkgutil.walk_packages(gui.__path__, "gui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QObject) and cls.__module__.startswith("gui."):
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return list(found.values())


def qt_signal_names(cls: type) -> set[str]:
    """Every signal name of the Qt classes ``cls`` derives from (their QMetaObjects)."""
    names: set[str] = set()
    for base in cls.__mro__[1:]:
        if not (isinstance(base, type) and issubclass(base, QObject)) \
                or base.__module__.startswith(("gui.", "tests.")):
            continue
        meta: QMetaObject = base.staticMetaObject
        for i in range(meta.methodCount()):
            method = meta.method(i)
            if method.methodType() == QMetaMethod.MethodType.Signal:
                names.add(bytes(method.name()).decode())
    return names


def declared_signals(cls: type) -> set[str]:
    return {name for name, value in vars(cls).items() if isinstance(value, Signal)}


def shadowing(cls: type) -> set[str]:
    return declared_signals(cls) & qt_signal_names(cls)


gui_classes_cache = gui_classes()


def test_the_walk_finds_the_grids():
    names = {cls.__name__ for cls in gui_classes_cache}
    assert {"CountTable", "CountGrid"} <= names
    assert len(names) > 20


def test_no_gui_signal_shadows_a_signal_of_its_qt_bases():
    shadows = [f"{cls.__module__}.{cls.__qualname__}.{name}"
               for cls in gui_classes_cache for name in sorted(shadowing(cls))]
    assert shadows == []


def test_the_check_sees_a_shadowing_signal():
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QTableView

    class Trap(QTableView):
        entered = Signal(QModelIndex)  # QAbstractItemView's hover signal
        count_committed = Signal(QModelIndex)

    class Deeper(Trap):
        clicked = Signal(QModelIndex)  # QAbstractItemView.clicked, two classes up

    assert shadowing(Trap) == {"entered"}
    assert shadowing(Deeper) == {"clicked"}
