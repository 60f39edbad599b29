"""Plain helpers the test modules share: builders, readers, keystrokes. No fixtures here.

The fixtures (the database, staff of every role, the operations' clock, pdf
readers; the GUI's dialog driver, printed papers, views) are defined once, in
tests/conftest.py and tests/gui/conftest.py, and a test names them as
arguments. A test module imports nothing from another test module
(tests/test_fixture_rule.py holds the suite to both).

    clock         the settable Clock behind the ``clock`` fixture; T0; days_ago
    staff         who works in the office: the storeroom's four, the repair desks'
    storeroom     items, receipts and issue slips made through the real operations
    repairs       repair orders registered through the real operations
    pdf           printed paper read back with poppler (pdftotext, pdffonts, pdftoppm)
    keys          typing and pressing as a clerk does
    widgets       reading and picking in forms, grids and lists
    dialog_driver the stand-in for gui.widgets.modal.run_dialog (``driver`` fixture)
    other_desk    another desk holding the file's write lock
"""
