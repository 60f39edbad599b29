"""The demo office's surveys: two a year over two years, 60–120 forms back each, sound."""

from __future__ import annotations

import datetime as dt

from models import clock, demo, reception
from models import db as dbmod


def test_two_years_of_surveys_two_a_year(tmp_path):
    with clock.running(lambda: dt.datetime(2026, 11, 30, 17, 0)):
        demo.build_demo(tmp_path / "a.sqlite", seed=7, today=dt.date(2026, 11, 30), years=2,
                        steps=[reception.surveys.add_surveys])
        surveys = list(reception.Survey.select().order_by(reception.Survey.sent_on))
        years = reception.survey_years(dt.date(2026, 11, 30))
        results = [reception.survey_result(s) for s in surveys]
        problems = reception.surveys.check()
    dbmod.close_database()
    assert problems == []
    assert [y.count for y in years if y.year >= 2025] == [2, 2]
    assert len(surveys) >= 4
    assert all(60 <= r.returned <= 120 for r in results)
    assert all(s.status == reception.SURVEY_CLOSED for s in surveys[:-1])
    rates = [r.overall for r in results]
    assert all(0.75 < x < 0.98 for x in rates)
    repairs = [r.items[6].rate for r in results]  # 维修服务 improves over the years
    assert repairs[-1] > repairs[0]
    assert any(r.opinions for r in results)
