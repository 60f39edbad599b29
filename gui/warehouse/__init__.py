"""The warehouse tab (仓库出入库): items, receipts, issue slips, purchase requests, stocktakes, reports."""
