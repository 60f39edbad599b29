"""The default criteria templates (考评标准), in the seeds' words: each sheet's items by area.

The seeds name the sheets (000 第3篇: 清洁服务日检查表 / 周检表 / 质量月检表; 002 §十三:
清洁考评记录, 绿化考评记录, 垃圾清运记录; §十八: 病媒生物防治记录表) and what they are
about (公共场所每天至少打扫一次, 下水道、沙井、化粪池清通, 绿化完整率达100%, 每月两次施药,
卫生间的纸巾、洗手液…) but give no points: the points here are ours, and add to 100 on
every sheet. ``serious``: failing that item is 严重不合格 (to the property director at once).
"""

from __future__ import annotations

from .base import CLEANING, DAILY, GARBAGE, GREENING, MONTHLY, PEST, WEEKLY

# (area, standard, points, serious)
Item = tuple[str, str, int, bool]

CLEANING_DAILY: list[Item] = [
    ("楼层公共区域", "地面干净，无垃圾、无污渍、无积水", 10, False),
    ("楼层公共区域", "墙面、踢脚线、消防栓箱无积尘", 5, False),
    ("楼层公共区域", "楼梯、扶手无尘无污迹", 5, False),
    ("卫生间", "地面干爽，无积水，无异味", 10, False),
    ("卫生间", "洁具（便器、洗手盆）洁净无污垢", 10, False),
    ("卫生间", "纸巾、洗手液、擦手纸配备齐全", 5, False),
    ("玻璃", "门窗玻璃明亮，无手印、无水迹", 10, False),
    ("电梯", "轿厢四壁、按钮无手印，地面干净", 10, False),
    ("垃圾桶", "垃圾桶每日清倒，无满溢、无异味", 10, False),
    ("垃圾桶", "垃圾桶外表洁净，摆放整齐", 5, False),
    ("大堂门厅", "地面光亮，门厅、接待台无尘", 5, False),
    ("室外公共场所", "公共场所每天至少打扫一次，道路、广场无垃圾", 10, False),
    ("室外公共场所", "公共下水道、沙井、化粪池畅通，无堵塞外溢", 5, True),
]

CLEANING_WEEKLY: list[Item] = [
    ("楼层公共区域", "地面、墙面、踢脚线洁净，无污渍", 15, False),
    ("楼层公共区域", "天花、墙角无蛛网，风口无积尘", 10, False),
    ("卫生间", "洁具、地面、墙面洁净，无异味，用品齐全", 15, False),
    ("玻璃", "门窗、隔断玻璃明亮，窗台、窗框无尘", 10, False),
    ("电梯", "轿厢、门槽、按钮洁净，不锈钢面光亮", 10, False),
    ("垃圾桶", "垃圾桶、垃圾房清洗干净，无异味", 10, False),
    ("楼梯及消防通道", "楼梯、消防通道干净，无堆放杂物", 10, False),
    ("灯具及标识", "灯具、开关、标识牌无尘", 10, False),
    ("下水道", "公共下水道、沙井畅通，无堵塞外溢", 10, True),
]

CLEANING_MONTHLY: list[Item] = [
    ("楼层公共区域", "各楼层公共区域全面清洁，地面、墙面、天花无污渍蛛网", 15, False),
    ("卫生间", "卫生间全面清洁消毒，无异味，用品齐全", 15, False),
    ("玻璃", "玻璃幕墙、门窗玻璃定期清洗，明亮无污迹", 10, False),
    ("电梯", "电梯轿厢、厅门、门槽全面清洁", 10, False),
    ("垃圾桶", "垃圾收集、清倒及时，垃圾房整洁无异味", 10, False),
    ("地下车库", "车库地面、排水沟干净，无积水、无杂物", 10, False),
    ("室外公共场所", "外围道路、广场、绿地内无垃圾", 10, False),
    ("下水道", "公共下水道、沙井、化粪池及时清通", 10, True),
    ("工具物料", "清洁工具、物料摆放整齐，使用规范", 5, False),
    ("人员及记录", "清洁人员仪容整洁、在岗，保洁记录齐全", 5, False),
]

GREENING_DAILY: list[Item] = [
    ("完整率", "植物完整，无缺株、死株，绿化完整率达100%", 20, True),
    ("浇水", "按时浇水，土壤湿润适度，无干枯、无积水", 15, False),
    ("修剪", "修剪整齐，造型美观，无杂乱枝、枯枝", 15, False),
    ("施肥", "按时施肥，植物长势良好，叶色正常", 10, False),
    ("病虫害", "无明显病虫害，防治及时", 10, False),
    ("除草", "草坪、花坛内无杂草", 10, False),
    ("清洁", "叶面无尘，花盆、托盘内无垃圾烟头", 10, False),
    ("摆花", "室内摆花按时更换，摆放整齐", 10, False),
]

PEST_DAILY: list[Item] = [
    ("施药", "每月两次按约定时间为公共场所、办公区施药", 25, False),
    ("施药", "施药选择办公时间下班后进行，不影响办公", 10, False),
    ("药剂及记录", "药剂合格，病媒生物防治记录表填写齐全并签字", 15, False),
    ("防治效果", "鼠迹、蟑迹密度符合国家卫生标准", 20, True),
    ("防治效果", "蚊、蝇密度符合国家卫生标准", 10, False),
    ("设施", "毒饵站、粘鼠板等设施完好，按时检查更换", 10, False),
    ("应约服务", "按服务中心要求提前一个工作日通知后上门处理", 10, False),
]

GARBAGE_DAILY: list[Item] = [
    ("清运", "每日按约定时间清运，垃圾日产日清", 25, True),
    ("垃圾房", "垃圾房、垃圾桶周边无散落垃圾，无异味", 20, False),
    ("车辆", "清运车辆密闭，无滴漏、无沿途撒落", 15, False),
    ("分类", "按规定分类收集清运", 15, False),
    ("垃圾桶", "垃圾桶定期清洗消毒，完好无破损", 15, False),
    ("记录", "垃圾清运记录填写齐全，双方签认", 10, False),
]

# (vendor kind, sheet, the template's name, its items): what a new office starts with.
DEFAULT_TEMPLATES: list[tuple[str, str, str, list[Item]]] = [
    (CLEANING, DAILY, "清洁服务日检查表", CLEANING_DAILY),
    (CLEANING, WEEKLY, "清洁服务周检表", CLEANING_WEEKLY),
    (CLEANING, MONTHLY, "清洁服务质量月检表", CLEANING_MONTHLY),
    (GREENING, DAILY, "绿化考评记录", GREENING_DAILY),
    (PEST, DAILY, "病媒生物防治考评记录", PEST_DAILY),
    (GARBAGE, DAILY, "垃圾清运记录", GARBAGE_DAILY),
]

for _kind, _sheet, _name, _items in DEFAULT_TEMPLATES:
    assert sum(points for _a, _t, points, _s in _items) == 100, _name
