"""What goes onto paper or into a spreadsheet: reportlab PDFs, openpyxl workbooks. No Qt."""
