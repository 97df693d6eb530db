#!/usr/bin/env python3
"""Synthetic Arabic news articles for load tests, deterministic from a seed.

Writes JSON lines, one POST /api/v1/articles body per line: {"text", "title"?, "publishedAt"?}.
The articles are of the kind Tarikh ingests (the Syrian conflict and the diplomacy around it):
statements, press conferences, phone calls, meetings, talks rounds, attacks, agreements and
ceasefires, written in several outlets' styles (month names كانون الثاني / يناير / جانفي, with or
without a dateline, Arabic-Indic digits, headline in the text or in "title"). Names come from the
project's own knowledge files (src/main/resources/knowledge/actors.yaml, places.yaml,
reference-events.yaml), so the extractor finds real actors and places. Publication dates are spread
over 2012-2024 and each article dates its events around its own day (اليوم الاثنين, أمس, الأحد
الماضي, explicit dates, الشهر المقبل), so the store grows by roughly 3-8 events per article spread
over thousands of days rather than piling onto a few rows. Every text is unique.

Standard library only (Python 3.11).

    scripts/corpus.py --count 20000 --seed 7 > corpus.jsonl
    scripts/corpus.py --count 20000 --seed 7 --stories 0.08 > corpus.jsonl  # with widely reported events
    scripts/corpus.py --count 3 --pretty        # read a few
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "src" / "main" / "resources" / "knowledge"

# ---------------------------------------------------------------------------------- knowledge


def _entries(path: Path, top: str) -> list[dict]:
    """The list items of a knowledge YAML file: only the flat fields we need, read line by line."""
    items: list[dict] = []
    current: dict | None = None
    section = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" "):
            section = line.split(":", 1)[0].strip()
            continue
        if section != top:
            continue
        m = re.match(r"^  - id:\s*(\S+)", line)
        if m:
            current = {"id": m.group(1)}
            items.append(current)
            continue
        m = re.match(r"^    (\w+):\s*(.*)$", line)
        if m and current is not None:
            key, value = m.group(1), m.group(2).strip()
            if key == "name":
                ar = re.search(r"ar:\s*\"?([^,\"}]+)", value)
                en = re.search(r"en:\s*\"?([^,\"}]+)", value)
                current["ar"] = ar.group(1).strip() if ar else None
                current["en"] = en.group(1).strip() if en else None
            else:
                current[key] = value.strip('"')
    return items


ARABIC = re.compile(r"[\u0600-\u06FF]")

# Nationality adjectives (masculine, feminine) for titles: "وزير الخارجية الروسي".
NATIONALITY = {
    "Syria": ("السوري", "السورية"), "Russia": ("الروسي", "الروسية"), "Turkey": ("التركي", "التركية"),
    "Iran": ("الإيراني", "الإيرانية"), "United States": ("الأمريكي", "الأمريكية"), "US": ("الأمريكي", "الأمريكية"),
    "France": ("الفرنسي", "الفرنسية"), "United Kingdom": ("البريطاني", "البريطانية"), "UK": ("البريطاني", "البريطانية"),
    "Britain": ("البريطاني", "البريطانية"), "Germany": ("الألماني", "الألمانية"), "China": ("الصيني", "الصينية"),
    "Saudi Arabia": ("السعودي", "السعودية"), "Jordan": ("الأردني", "الأردنية"), "Egypt": ("المصري", "المصرية"),
    "Qatar": ("القطري", "القطرية"), "Israel": ("الإسرائيلي", "الإسرائيلية"), "Lebanon": ("اللبناني", "اللبنانية"),
    "Iraq": ("العراقي", "العراقية"), "Kazakhstan": ("الكازاخستاني", "الكازاخستانية"),
    "United Arab Emirates": ("الإماراتي", "الإماراتية"), "UAE": ("الإماراتي", "الإماراتية"),
}
TITLES = {"Foreign Minister": "وزير الخارجية", "Minister of Foreign Affairs": "وزير الخارجية",
          "Defence Minister": "وزير الدفاع", "Defense Minister": "وزير الدفاع", "Prime Minister": "رئيس الوزراء",
          "President": "الرئيس"}
# "Foreign Minister of Russia since 2004", "President of Syria from 2000": a title of a country we know.
TITLE_OF = re.compile(r"(?<![-\w])(" + "|".join(TITLES) + r") of (?:the )?([A-Z][A-Za-z ]+?)(?= \d| from| since| until| and|[,;.]|$)")
FEMININE_NAMES = {"بثينة", "أسماء", "هيلاري", "فيديريكا", "ماريا", "كاثرين", "نيكي", "سامانثا", "كوندوليزا",
                  "أنجيلا", "تيريزا", "أنالينا", "كاترين", "ليندا", "نجاة", "ميشيل", "كوثر", "فاطمة", "سهير"}
FEMININE_HEADS = {"الأمم", "قوات", "القوات", "وحدات", "الدول", "الخوذ", "الإدارة"}


def _feminine_group(name: str) -> bool:
    head = name.split()[0]
    return head.endswith("ة") or head in FEMININE_HEADS


def _active(description: str, year: int) -> bool:
    """Whether a person's description (English) puts them in office around this year; unknown: yes."""
    ranges = [(int(a), int(b)) for a, b in re.findall(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b", description)]
    ranges += [(int(a), 2030) for a in re.findall(r"\b(?:since|from)\s+((?:19|20)\d\d)\b", description)]
    return not ranges or any(a - 1 <= year <= b + 1 for a, b in ranges)


class Knowledge:
    def __init__(self) -> None:
        actors = [a for a in _entries(KNOWLEDGE / "actors.yaml", "actors") if a.get("ar") and ARABIC.search(a["ar"])]
        places = [p for p in _entries(KNOWLEDGE / "places.yaml", "places") if p.get("ar") and ARABIC.search(p["ar"])]
        refs = [e for e in _entries(KNOWLEDGE / "reference-events.yaml", "events") if e.get("ar")]
        self.persons = []
        for a in actors:
            if a.get("kind") != "PERSON":
                continue
            desc = a.get("description", "")
            m = TITLE_OF.search(desc)
            title = TITLES[m.group(1)] + " " + NATIONALITY[m.group(2)][0] if m and m.group(2) in NATIONALITY else ""
            fem = a["ar"].split()[0] in FEMININE_NAMES
            self.persons.append({"ar": a["ar"], "title": title, "desc": desc, "fem": fem})
        self.bodies = [{"ar": a["ar"], "fem": _feminine_group(a["ar"])}
                       for a in actors if a.get("kind") in ("MINISTRY", "GOVERNMENT", "ORGANISATION")]
        self.groups = [{"ar": a["ar"], "fem": _feminine_group(a["ar"])} for a in actors if a.get("kind") == "ARMED_GROUP"]
        self.countries = [a["ar"] for a in actors if a.get("kind") == "COUNTRY"]
        self.syrian_places = [p for p in places if p.get("country") == "syria" and p.get("kind") in ("CITY", "TOWN", "SITE", "REGION")]
        self.governorates = [p["ar"] for p in places if p.get("kind") == "GOVERNORATE"]
        self.venues = [p["ar"] for p in places if p.get("kind") == "CITY" and p.get("country") not in (None, "syria")]
        self.references = [(e["ar"], e.get("start")) for e in refs]

    def person(self, rng: random.Random, year: int) -> dict:
        for _ in range(8):
            p = rng.choice(self.persons)
            if _active(p["desc"], year):
                return p
        return p


# ---------------------------------------------------------------------------------- dates and styles

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # date.weekday() order
MONTHS = {
    "levantine": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    "egyptian": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "algerian": ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "moroccan": ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"],
}
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

OUTLETS = [  # name, month style ("double": levantine/egyptian), Arabic-Indic digits, dateline city
    {"name": "سانا", "months": "levantine", "indic": False, "dateline": "دمشق-سانا"},
    {"name": "عنب بلدي", "months": "levantine", "indic": False, "dateline": None},
    {"name": "الجزيرة نت", "months": "double", "indic": False, "dateline": "الجزيرة نت"},
    {"name": "روسيا اليوم", "months": "egyptian", "indic": False, "dateline": "موسكو - RT"},
    {"name": "الشرق الأوسط", "months": "double", "indic": True, "dateline": "لندن: «الشرق الأوسط»"},
    {"name": "اليوم السابع", "months": "egyptian", "indic": False, "dateline": None},
    {"name": "الخبر", "months": "algerian", "indic": False, "dateline": "الجزائر - الخبر"},
    {"name": "هسبريس", "months": "moroccan", "indic": False, "dateline": None},
    {"name": "الأخبار", "months": "levantine", "indic": False, "dateline": "بيروت"},
    {"name": "الأناضول", "months": "double", "indic": False, "dateline": "أنقرة/ الأناضول"},
]

START = dt.date(2012, 1, 1)
END = dt.date(2024, 11, 30)


class Style:
    def __init__(self, outlet: dict, rng: random.Random):
        self.outlet = outlet
        self.rng = rng

    def digits(self, s: str) -> str:
        return s.translate(INDIC) if self.outlet["indic"] else s

    def month(self, m: int) -> str:
        kind = self.outlet["months"]
        if kind == "double":
            return MONTHS["levantine"][m - 1] + "/" + MONTHS["egyptian"][m - 1]
        return MONTHS[kind][m - 1]

    def date(self, d: dt.date, year: bool = True) -> str:
        s = f"{d.day} {self.month(d.month)}" + (f" {d.year}" if year else "")
        return self.digits(s)


def relative(style: Style, pub: dt.date, rng: random.Random) -> tuple[str, dt.date]:
    """A date expression relative to the publication day, and the day it means."""
    r = rng.random()
    wd = WEEKDAYS
    if r < 0.35:
        return f"اليوم {wd[pub.weekday()]}", pub
    if r < 0.60:
        d = pub - dt.timedelta(days=1)
        return f"أمس {wd[d.weekday()]}", d
    if r < 0.80:
        back = rng.randint(2, 6)
        d = pub - dt.timedelta(days=back)
        return rng.choice([f"{wd[d.weekday()]} الماضي" if d.weekday() != 4 and d.weekday() != 1 else f"يوم {wd[d.weekday()]} الماضي",
                           f"يوم {wd[d.weekday()]}"]), d
    d = pub - dt.timedelta(days=rng.randint(8, 400))
    return "في " + style.date(d, year=d.year != pub.year or rng.random() < 0.5), d


def past(style: Style, pub: dt.date, rng: random.Random) -> tuple[str, dt.date]:
    d = pub - dt.timedelta(days=rng.randint(3, 700))
    if d < dt.date(2011, 3, 1):
        d = dt.date(2011, 3, 1) + dt.timedelta(days=rng.randint(0, 300))
    return style.date(d, year=d.year != pub.year or rng.random() < 0.6), d


def future(style: Style, pub: dt.date, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return "الشهر المقبل"
    if r < 0.5:
        return "الأسبوع المقبل"
    if r < 0.7:
        d = pub + dt.timedelta(days=rng.randint(1, 6))
        return f"{WEEKDAYS[d.weekday()]} المقبل" if d.weekday() not in (1, 4) else f"يوم {WEEKDAYS[d.weekday()]} المقبل"
    d = pub + dt.timedelta(days=rng.randint(7, 90))
    return "في " + style.date(d, year=d.year != pub.year)


# ---------------------------------------------------------------------------------- sentences

def v(fem: bool, masc: str, femi: str) -> str:
    return femi if fem else masc


TOPICS = [
    "سبل تعزيز نظام وقف إطلاق النار في سوريا", "آخر التطورات الميدانية في الشمال السوري", "ملف المعتقلين والمفقودين",
    "إيصال المساعدات الإنسانية إلى المناطق المحاصرة", "عودة اللاجئين السوريين إلى بلادهم", "مسار التسوية السياسية وفق قرارات مجلس الأمن",
    "الوضع في منطقة خفض التصعيد بإدلب", "مكافحة التنظيمات الإرهابية", "إعادة فتح المعابر الحدودية", "ملف إعادة الإعمار",
    "الوضع الأمني على الحدود السورية التركية", "الانسحاب من مناطق شرق الفرات", "صياغة دستور جديد للبلاد",
    "تبادل الأسرى بين الطرفين", "التنسيق العسكري في الأجواء السورية", "الأوضاع الإنسانية في مخيم الركبان",
]
QUOTES = [
    "لا حل عسكريا للأزمة السورية وإن الحوار هو السبيل الوحيد", "بلاده لن تسمح بتقسيم سوريا تحت أي ظرف",
    "المدنيين يدفعون ثمن التصعيد الأخير", "الجهود الدبلوماسية يجب أن تتواصل رغم الصعوبات",
    "الوضع الإنساني في الشمال السوري بلغ مرحلة حرجة", "محاربة الإرهاب تتطلب تنسيقا دوليا حقيقيا",
    "بلاده ملتزمة بوحدة الأراضي السورية وسيادتها", "الأسلحة الكيميائية خط أحمر لا يمكن تجاوزه",
    "التصعيد العسكري يقوض فرص التسوية", "عودة اللاجئين يجب أن تكون طوعية وآمنة",
    "العقوبات الغربية تزيد من معاناة الشعب السوري", "المرحلة المقبلة تتطلب خطوات ملموسة على الأرض",
]
CASUALTIES = ["مدنيين", "أطفال", "عناصر من قوات النظام", "مقاتلين من المعارضة", "عناصر من الدفاع المدني", "نساء"]
NUMBERS = ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "عشرة", "12", "15", "عشرات"]
AGREEMENT_OBJECTS = ["اتفاقا لتبادل الأسرى", "مذكرة تفاهم للتعاون الاقتصادي", "اتفاقا لإجلاء الجرحى",
                     "اتفاقا لتسيير دوريات مشتركة", "مذكرة تفاهم حول المعابر الإنسانية", "اتفاقا لإعادة فتح الطريق الدولي"]
FILLERS = [
    "ويعيش أكثر من مليون نازح في مخيمات مكتظة قرب الحدود، في ظروف إنسانية صعبة مع حلول فصل الشتاء.",
    "وتعاني البلاد من أزمة اقتصادية خانقة بعد سنوات من الحرب، مع انهيار سعر صرف الليرة السورية.",
    "وتسيطر فصائل المعارضة على أجزاء واسعة من ريف المحافظة منذ سنوات.",
    "ويرى مراقبون أن التطورات الأخيرة تعكس تغيرا في موازين القوى على الأرض.",
    "وتقدر منظمات إنسانية أن نحو نصف سكان البلاد باتوا بحاجة إلى مساعدات عاجلة.",
    "ولا تزال آلاف العائلات تنتظر معرفة مصير أبنائها المفقودين.",
    "وشهدت المنطقة خلال الأشهر الأخيرة موجات نزوح متتالية نحو الشمال.",
    "ويأتي ذلك في ظل تعثر المسار السياسي وتبادل الاتهامات بين الأطراف المعنية.",
    "وتتقاسم السيطرة على الأرض أطراف محلية وإقليمية عدة، ما يجعل أي تسوية رهينة تفاهمات معقدة بين القوى الكبرى.",
    "وخلفت الحرب المستمرة منذ عام 2011 مئات آلاف القتلى، ودفعت ملايين السكان إلى النزوح داخل البلاد واللجوء إلى دول الجوار.",
    "ويشكو سكان المنطقة من نقص حاد في الخبز والوقود والأدوية، وسط ارتفاع متواصل في الأسعار وتراجع القدرة الشرائية.",
    "وتنتشر في المنطقة نقاط مراقبة عسكرية لعدة أطراف، فيما تبقى خطوط التماس هشة وعرضة للخروقات.",
    "وتعد الطرق الدولية التي تعبر المنطقة شريانا اقتصاديا مهما يربط الشمال بالوسط والساحل.",
    "ويخشى عاملون في المجال الإنساني من موجة نزوح جديدة قد تدفع عشرات الآلاف نحو المخيمات الحدودية المكتظة أصلا.",
    "وبحسب تقديرات محلية، فإن أكثر من نصف البنى التحتية في المدن الكبرى تضرر بشكل جزئي أو كلي خلال سنوات النزاع.",
    "ويواجه المزارعون في الأرياف صعوبات متزايدة في تأمين البذور والأسمدة ومياه الري بسبب الجفاف وارتفاع التكاليف.",
]
READ_ALSO = ["إقرأ أيضاً: ", "اقرأ أيضا.. ", "قد يهمك.. "]


class Writer:
    def __init__(self, kb: Knowledge, rng: random.Random, style: Style, pub: dt.date):
        self.kb, self.rng, self.style, self.pub = kb, rng, style, pub

    # --- who
    def speaker(self) -> tuple[str, bool, str]:
        """(how the text names them, feminine, short form for a second mention)."""
        rng = self.rng
        if rng.random() < 0.55:
            p = self.kb.person(rng, self.pub.year)
            full = (p["title"] + " " + p["ar"]) if p["title"] and rng.random() < 0.8 else p["ar"]
            return full, p["fem"], p["ar"].split()[-1]
        b = rng.choice(self.kb.bodies)
        return b["ar"], b["fem"], b["ar"]

    def person(self) -> tuple[str, bool]:
        p = self.kb.person(self.rng, self.pub.year)
        return ((p["title"] + " " + p["ar"]) if p["title"] and self.rng.random() < 0.6 else p["ar"]), p["fem"]

    def place(self) -> str:
        p = self.rng.choice(self.kb.syrian_places)
        prefix = {"TOWN": "بلدة ", "CITY": "مدينة ", "SITE": "", "REGION": "منطقة "}.get(p.get("kind"), "")
        return (prefix if self.rng.random() < 0.6 else "") + p["ar"]

    def n(self, lo: int, hi: int) -> str:
        return self.style.digits(str(self.rng.randint(lo, hi)))

    # --- sentences, each naming its actors or places so that the extractor keeps its events
    def lead(self) -> str:
        rng = self.rng
        who, fem, _ = self.speaker()
        other, _ = self.person()
        when, _ = relative(self.style, self.pub, rng)
        venue = rng.choice(self.kb.venues)
        topic = rng.choice(TOPICS)
        r = rng.random()
        if r < 0.25:
            return f"{v(fem, 'بحث', 'بحثت')} {who} مع {other}، {when}، في اتصال هاتفي {topic}."
        if r < 0.45:
            return f"{v(fem, 'أعلن', 'أعلنت')} {who}، {when}، أن {other} التقى في {venue} وفدا رفيعا لبحث {topic}."
        if r < 0.6:
            return f"{v(fem, 'أكد', 'أكدت')} {who} خلال مؤتمر صحفي في {venue} {when} أن {rng.choice(QUOTES)}."
        if r < 0.75:
            return f"{v(fem, 'استقبل', 'استقبلت')} {who} في {venue} {when} {other}، وجرى خلال اللقاء بحث {topic}."
        if r < 0.88:
            return f"انطلقت {when} في {venue} جولة جديدة من المحادثات بمشاركة {who} و{other}، تتناول {topic}."
        return f"{v(fem, 'حذر', 'حذرت')} {who} {when} من أن {rng.choice(QUOTES)}، {v(fem, 'داعيا', 'داعية')} إلى بحث {topic}."

    def quote(self, short: str | None = None) -> str:
        rng = self.rng
        who, fem, s = self.speaker()
        name = short if short and rng.random() < 0.4 else who
        q = rng.choice(QUOTES)
        r = rng.random()
        if r < 0.3:
            return f"{v(fem, 'وقال', 'وقالت')} {name} إن \"{q}\"."
        if r < 0.5:
            return f"{v(fem, 'وشدد', 'وشددت')} {name} على أن {q}."
        if r < 0.7:
            when, _ = relative(self.style, self.pub, rng)
            return f"{v(fem, 'وأضاف', 'وأضافت')} {name} في بيان {when} أن {q}."
        if r < 0.85:
            target, _ = self.person()
            return f"{v(fem, 'واتهم', 'واتهمت')} {name} {target} بعرقلة الجهود المبذولة، {v(fem, 'معتبرا', 'معتبرة')} أن {q}."
        return f"{v(fem, 'ورحب', 'ورحبت')} {name} بنتائج الاجتماع، {v(fem, 'مشيرا', 'مشيرة')} إلى أن {q}."

    def attack(self) -> str:
        rng = self.rng
        when, _ = relative(self.style, self.pub, rng)
        place = self.place()
        g = rng.choice(self.kb.groups)
        num, cas = rng.choice(NUMBERS), rng.choice(CASUALTIES)
        r = rng.random()
        if r < 0.35:
            return f"وقتل {num} {cas} {when} في غارات جوية استهدفت {place}، بحسب مصادر محلية."
        if r < 0.6:
            return f"{v(g['fem'], 'وشن', 'وشنت')} {g['ar']} {when} هجوما على مواقع في محيط {place}، ما أسفر عن سقوط {num} قتلى."
        if r < 0.8:
            return f"ودارت {when} اشتباكات عنيفة في {place} بين {g['ar']} وقوات النظام السوري استمرت ساعات."
        return f"وتعرضت {place} {when} لقصف مدفعي وصاروخي أدى إلى إصابة {num} {cas} بجروح."

    def background(self) -> str:
        rng = self.rng
        when, _ = past(self.style, self.pub, rng)
        a, fa = self.person()
        b, _ = self.person()
        venue = rng.choice(self.kb.venues + [p["ar"] for p in self.kb.syrian_places[:40]])
        r = rng.random()
        if r < 0.3:
            return f"{v(fa, 'وكان', 'وكانت')} {a} قد التقى {b} في {venue} في {when}."
        if r < 0.5:
            return f"{v(fa, 'وكان', 'وكانت')} {a} قد {v(fa, 'زار', 'زارت')} {venue} في {when}، حيث {v(fa, 'أجرى', 'أجرت')} محادثات مع {b}."
        if r < 0.7:
            x, y = rng.sample(self.kb.countries, 2)
            return f"ووقعت {x} و{y} في {venue} {rng.choice(AGREEMENT_OBJECTS)} في {when}."
        if r < 0.85:
            place = self.place()
            if rng.random() < 0.5:
                return f"ودخل اتفاق لوقف إطلاق النار في {place} حيز التنفيذ في {when}، برعاية {rng.choice(self.kb.countries)}."
            return f"وسرت هدنة في {place} اعتبارا من {when}، بعد أسابيع من المعارك."
        return f"{v(fa, 'وكان', 'وكانت')} {a} قد {v(fa, 'اقترح', 'اقترحت')} في {when} مبادرة لعقد مؤتمر في {venue} بمشاركة {b}."

    def upcoming(self) -> str:
        rng = self.rng
        when = future(self.style, self.pub, rng)
        venue = rng.choice(self.kb.venues)
        a, fa = self.person()
        r = rng.random()
        if r < 0.4:
            return f"ومن المقرر أن تعقد جولة جديدة من المفاوضات في {venue} {when} بمشاركة {a}."
        if r < 0.7:
            return f"ومن المنتظر أن {v(fa, 'يزور', 'تزور')} {a} {venue} {when} للقاء {self.person()[0]}."
        return f"{v(fa, 'ويعتزم', 'وتعتزم')} {a} عقد اجتماع مع {self.person()[0]} في {venue} {when} لبحث {rng.choice(TOPICS)}."

    def reference(self) -> str:
        name, start = self.rng.choice(self.kb.references)
        return f"وأعاد ذلك إلى الأذهان {name}، الذي شكل محطة بارزة في مسار الأزمة."

    def headline(self) -> str:
        rng = self.rng
        who, fem, _ = self.speaker()
        return rng.choice([
            f"{who}: {rng.choice(QUOTES)}",
            f"{who} {v(fem, 'يبحث', 'تبحث')} {rng.choice(TOPICS)}",
            f"تصعيد في {self.place()} و{who} {v(fem, 'يحذر', 'تحذر')} من العواقب",
        ])


class Stories:
    """The widely reported events of a corpus: a call, a meeting or a round of talks on one day, each
    reported by many articles published over the next days (its lead gives the date in full, so
    every report resolves to the same day and joins the same event). Popularity is Zipf-like: at
    22,000 articles and --stories 0.08, the first story has a few hundred sources."""

    COUNT = 80

    def __init__(self, kb: Knowledge, seed: int):
        rng = random.Random(seed * 7919 + 1)
        self.items = []
        for _ in range(self.COUNT):
            day = START + dt.timedelta(days=rng.randrange((END - START).days - 10))
            a = kb.person(rng, day.year)
            b = kb.person(rng, day.year)
            while b["ar"] == a["ar"]:
                b = kb.person(rng, day.year)
            self.items.append({"kind": rng.choice(["call", "meeting", "talks"]), "a": a, "b": b, "day": day,
                               "venue": rng.choice(kb.venues), "topic": rng.choice(TOPICS)})
        self.weights = [1 / (k + 1) for k in range(self.COUNT)]

    def pick(self, rng: random.Random) -> dict:
        return rng.choices(self.items, weights=self.weights)[0]

    @staticmethod
    def lead(story: dict, style: Style) -> str:
        a, b, d = story["a"], story["b"], story["day"]
        who = (a["title"] + " " + a["ar"]) if a["title"] else a["ar"]
        when = f"يوم {WEEKDAYS[d.weekday()]} {style.date(d)}"
        if story["kind"] == "call":
            return f"{v(a['fem'], 'بحث', 'بحثت')} {who} مع {b['ar']} في اتصال هاتفي {when} {story['topic']}."
        if story["kind"] == "meeting":
            return f"{v(a['fem'], 'التقى', 'التقت')} {who} {b['ar']} في {story['venue']} {when}، وبحث الجانبان {story['topic']}."
        return f"انطلقت {when} في {story['venue']} جولة جديدة من المحادثات بمشاركة {who} و{b['ar']}، تتناول {story['topic']}."


def article(kb: Knowledge, rng: random.Random, serial: int, stories: Stories | None = None, story_share: float = 0.0) -> dict:
    outlet = rng.choice(OUTLETS)
    style = Style(outlet, rng)
    story = stories.pick(rng) if stories is not None and rng.random() < story_share else None
    if story is not None:
        pub = story["day"] + dt.timedelta(days=rng.randint(0, 4))  # reported that day and the next ones
    else:
        pub = START + dt.timedelta(days=rng.randrange((END - START).days + 1))
    w = Writer(kb, rng, style, pub)
    sentences = [Stories.lead(story, style) if story is not None else w.lead()]
    plan = ["quote"] * rng.randint(1, 2) + ["attack"] * rng.choice([0, 0, 1, 1, 2]) + ["background"] * rng.randint(1, 2)
    plan += ["upcoming"] * rng.choice([0, 1]) + ["filler"] * rng.randint(3, 8)
    if rng.random() < 0.05:
        plan.append("reference")
    rng.shuffle(plan)
    fillers = rng.sample(FILLERS, plan.count("filler"))
    for kind in plan:
        if kind == "filler":
            sentences.append(fillers.pop())
        else:
            sentences.append(getattr(w, kind)())
    # Paragraphs of one to three sentences, as scraped.
    paragraphs, i = [], 0
    while i < len(sentences):
        k = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i:i + k]))
        i += k
    if rng.random() < 0.3:
        paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(READ_ALSO) + w.headline())
    dateline = outlet["dateline"]
    if dateline and rng.random() < 0.7:
        if rng.random() < 0.5:  # a dated dateline lets the service infer the publication date
            dateline += "، " + style.date(pub)
        paragraphs[0] = dateline + " - " + paragraphs[0]
    body = {}
    headline = w.headline()
    r = rng.random()
    if r < 0.4:
        text = headline + "\n\n" + "\n".join(paragraphs)
    else:
        text = "\n".join(paragraphs)
        if r < 0.7:
            body["title"] = headline
    body["text"] = text
    if rng.random() < 0.6:
        body["publishedAt"] = pub.isoformat()
    return body


def generate(count: int, seed: int, stories: float = 0.0):
    """count unique articles; a share `stories` of them report one of the corpus's widely reported
    events (0, the default, gives the corpus the write-path figures were measured on)."""
    kb = Knowledge()
    rng = random.Random(seed)
    big = Stories(kb, seed) if stories > 0 else None
    seen: set[bytes] = set()  # digests, not texts: a 200k-article run would hold 400 MB of texts
    serial = 0
    while serial < count:
        body = article(kb, rng, serial, big, stories)
        key = hashlib.blake2b(body["text"].encode("utf-8"), digest_size=16).digest()
        if key in seen:
            continue
        seen.add(key)
        serial += 1
        yield body


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--stories", type=float, default=0.0,
                    help="share of articles reporting one of 80 widely reported events (default 0; scripts/reads.sh uses 0.08)")
    ap.add_argument("--pretty", action="store_true", help="print the texts for reading instead of JSON lines")
    args = ap.parse_args()
    out = sys.stdout
    for body in generate(args.count, args.seed, args.stories):
        if args.pretty:
            out.write(f"--- publishedAt={body.get('publishedAt')} title={body.get('title')}\n{body['text']}\n\n")
        else:
            out.write(json.dumps(body, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.exit(0)
