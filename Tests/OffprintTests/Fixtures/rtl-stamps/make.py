#!/usr/bin/env python3
"""Writes the right-to-left pages with time stamps that RTLStampTests read (NAME.html, NAME.txt,
NAME.json) from the pages below. Run it again after editing a page: python3 make.py

Each page has the structure of a real news page in its language, its text written for Offprint's
tests: a header with the site's name and menu, a breadcrumb, the section label above the
headline, a summary, a publication stamp, the article, an update stamp under it (written in the digits and
the words the language's sites use: Arabic-Indic `٠-٩` in Arabic, Extended Arabic-Indic `۰-۹`
in Persian and Urdu, a Solar Hijri date in Persian, ASCII digits in Hebrew), share buttons,
related headlines and a footer. `NAME.txt` is the page's whole visible text in the seed's style
(one line per block, blank lines between blocks, menu links glued); `NAME.json` says what the
article is.
"""
import html, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

PAGES = [
    dict(
        name="ar-central-bank", lang="ar", site="الجريدة الاقتصادية",
        nav=["الرئيسية", "أخبار", "اقتصاد", "رياضة", "ثقافة"], section="اقتصاد",
        title="البنك المركزي يبقي أسعار الفائدة دون تغيير للمرة الثالثة",
        lead="قرار متوقع يعكس حذر البنك من موجة تضخم جديدة بعد رفع أسعار الوقود.",
        published="نُشر في: الاثنين ١٢ أغسطس ٢٠٢٤ - ٠٣:٣٠ م",
        body=[
            "أبقى البنك المركزي أسعار الفائدة الرئيسية دون تغيير للمرة الثالثة على التوالي، مشيرًا إلى أن التضخم ما زال أعلى من المستوى الذي يستهدفه رغم تراجعه خلال الأشهر الماضية.",
            "وقالت لجنة السياسة النقدية في بيان عقب اجتماعها إن سعر الإيداع لليلة واحدة سيبقى عند ١٣٫٢٥٪ وسعر الإقراض عند ١٤٫٢٥٪، وإنها ستراجع قرارها في ضوء البيانات الجديدة.",
            "ويرى محللون أن البنك يفضّل الانتظار حتى تتضح آثار ارتفاع أسعار الوقود على الأسعار، بعدما رفعت الحكومة أسعار البنزين في الشهر الماضي.",
            "ومن المقرر أن تعقد اللجنة اجتماعها المقبل في الثالث من أكتوبر، على أن يُعلن القرار في الساعة ٦:٠٠ مساءً.",
        ],
        updated="آخر تحديث: ١٢ أغسطس ٢٠٢٤ - ٠٤:١٥ م",
        share=["شارك", "فيسبوك", "تويتر", "واتساب"],
        related_label="مقالات ذات صلة",
        related=["أسعار الذهب تتراجع مع صعود الدولار في الأسواق العالمية"],
        footer="جميع الحقوق محفوظة © ٢٠٢٤ الجريدة الاقتصادية",
    ),
    dict(
        name="fa-manuscripts", lang="fa", site="روزنامه شهر",
        nav=["صفحه اصلی", "سیاسی", "اقتصادی", "فرهنگی", "ورزشی"], section="فرهنگی",
        title="کتابخانه ملی نسخه‌های خطی قدیمی را دیجیتال می‌کند",
        lead="در مرحله نخست پنج هزار نسخه خطی اسکن و به‌صورت رایگان منتشر می‌شود.",
        published="۱۴۰۳/۰۵/۲۲ - ۱۰:۲۰",
        body=[
            "کتابخانه ملی اعلام کرد که طرح دیجیتال‌سازی نسخه‌های خطی این مجموعه از ماه آینده آغاز می‌شود و در مرحله نخست حدود پنج هزار نسخه اسکن خواهد شد.",
            "به گفته مدیر بخش نسخه‌های خطی، تصاویر با کیفیت بالا در پایگاهی برخط در دسترس پژوهشگران قرار می‌گیرد و دسترسی به آن برای همه رایگان خواهد بود.",
            "کارشناسان می‌گویند بسیاری از این نسخه‌ها بر اثر رطوبت و گذشت زمان آسیب دیده‌اند و دیجیتال‌سازی تنها راه حفظ محتوای آن‌ها برای نسل‌های بعد است.",
            "این طرح با همکاری چند دانشگاه اجرا می‌شود و قرار است تا پایان سال ۱۴۰۴ به پایان برسد.",
        ],
        updated="تاریخ انتشار: سه‌شنبه ۲۲ مرداد ۱۴۰۳ - ۱۰:۲۰",
        share=["اشتراک‌گذاری", "تلگرام", "واتساپ", "ایکس"],
        related_label="اخبار مرتبط",
        related=["نمایشگاه کتاب امسال در دو نوبت برگزار می‌شود"],
        footer="تمامی حقوق محفوظ است © روزنامه شهر",
    ),
    dict(
        name="he-housing-prices", lang="he", site="חדשות העמק",
        nav=["ראשי", "חדשות", "כלכלה", "ספורט", "תרבות"], section="כלכלה",
        title="מחירי הדירות בצפון עלו בשיעור החד ביותר בעשור האחרון",
        lead="הנתונים החדשים מראים עלייה של כמעט עשרה אחוזים בתוך שנה אחת בלבד.",
        published="פורסם: 12.08.24, 10:20",
        body=[
            "מחירי הדירות בערי הצפון עלו ברבעון האחרון בקצב המהיר ביותר מזה עשר שנים, כך עולה מנתונים שפרסמה הלשכה המרכזית לסטטיסטיקה.",
            "לדברי שמאים באזור, הביקוש נובע בעיקר ממשפחות צעירות שעוברות מהמרכז בעקבות האפשרות לעבוד מהבית, בזמן שהבנייה החדשה מתעכבת.",
            "ראשי הרשויות המקומיות קוראים לממשלה לזרז את אישור התוכניות לשכונות חדשות, ומזהירים כי בלי היצע נוסף המחירים ימשיכו לטפס.",
            "במשרד השיכון מסרו כי בשנה הבאה צפויים לצאת מכרזים לבניית כמה אלפי דירות בגליל ובעמקים.",
        ],
        updated="עודכן: 12.08.24, 14:05",
        share=["שתפו", "פייסבוק", "וואטסאפ"],
        related_label="כתבות נוספות",
        related=["הריבית על המשכנתאות ירדה לראשונה השנה"],
        footer="כל הזכויות שמורות © חדשות העמק",
    ),
    dict(
        name="ur-hockey-final", lang="ur", site="روزنامہ شہر",
        nav=["صفحہ اول", "پاکستان", "دنیا", "کھیل", "کاروبار"], section="کھیل",
        title="قومی ہاکی ٹیم نے ایشیائی چیمپئنز ٹرافی کے فائنل میں جگہ بنا لی",
        lead="سیمی فائنل میں میزبان ٹیم کو شکست، فائنل جمعہ کو کھیلا جائے گا۔",
        published="اپ ڈیٹ ۱۲ اگست ۲۰۲۴ ۱۰:۲۰ شام",
        body=[
            "قومی ہاکی ٹیم نے سیمی فائنل میں سخت مقابلے کے بعد میزبان ٹیم کو تین کے مقابلے میں دو گول سے ہرا کر ایشیائی چیمپئنز ٹرافی کے فائنل میں جگہ بنا لی ہے۔",
            "میچ کا فیصلہ کن گول آخری کوارٹر میں پنالٹی کارنر پر ہوا، جس کے بعد مہمان ٹیم نے آخری منٹوں تک اپنی برتری برقرار رکھی۔",
            "ٹیم کے کپتان نے میچ کے بعد کہا کہ کھلاڑیوں نے پورے ٹورنامنٹ میں محنت کی ہے اور وہ فائنل میں بھی اسی جذبے سے کھیلیں گے۔",
            "فائنل جمعہ کی شام ۷:۰۰ بجے کھیلا جائے گا اور اسے سرکاری ٹیلی وژن براہ راست نشر کرے گا۔",
        ],
        updated="شائع ۱۲ اگست ۲۰۲۴ ۱۱:۰۵ شام",
        share=["شیئر کریں", "فیس بک", "واٹس ایپ"],
        related_label="متعلقہ خبریں",
        related=["کرکٹ بورڈ نے ڈومیسٹک سیزن کا شیڈول جاری کر دیا"],
        footer="جملہ حقوق محفوظ ہیں © روزنامہ شہر",
    ),
]


def page_html(p):
    e = html.escape
    nav = "".join(f'<li><a href="/s{i}">{e(item)}</a></li>' for i, item in enumerate(p["nav"]))
    body = "\n".join(f"<p>{e(text)}</p>" for text in p["body"])
    share = "".join(f'<li><a href="#share-{i}">{e(label)}</a></li>' for i, label in enumerate(p["share"]))
    related = "".join(f'<li><a href="/r{i}">{e(t)}</a></li>' for i, t in enumerate(p["related"]))
    return f"""<!DOCTYPE html>
<html lang="{p['lang']}" dir="rtl">
<head>
<meta charset="utf-8">
<title>{e(p['title'])} | {e(p['site'])}</title>
<meta property="og:site_name" content="{e(p['site'])}">
</head>
<body>
<header><a class="logo" href="/">{e(p['site'])}</a><nav><ul>{nav}</ul></nav></header>
<main>
<ol class="breadcrumb"><li><a href="/">{e(p['nav'][0])}</a></li><li><a href="/section">{e(p['section'])}</a></li></ol>
<article>
<div class="section-label"><a href="/section">{e(p['section'])}</a></div>
<h1>{e(p['title'])}</h1>
<div class="article-body">
<p class="lead">{e(p['lead'])}</p>
<p>{e(p['published'])}</p>
{body}
<p>{e(p['updated'])}</p>
</div>
<ul class="share">{share}</ul>
</article>
<aside><h2>{e(p['related_label'])}</h2><ul>{related}</ul></aside>
</main>
<footer><p>{e(p['footer'])}</p></footer>
</body>
</html>
"""


def page_text(p):
    # Links glue together as the seed's first line does; each block is a line.
    blocks = [p["site"], "".join(p["nav"]), p["nav"][0] + p["section"], p["section"], p["title"], p["lead"], p["published"]]
    blocks += p["body"] + [p["updated"], "".join(p["share"]), p["related_label"]] + p["related"] + [p["footer"]]
    return "\n\n".join(blocks) + "\n"


def truth(p):
    return {"title": p["title"], "kicker": p["section"], "language": p["lang"], "direction": "rtl", "body_paragraphs": [p["lead"]] + p["body"]}


for p in PAGES:
    with open(os.path.join(HERE, p["name"] + ".html"), "w", encoding="utf-8") as f:
        f.write(page_html(p))
    with open(os.path.join(HERE, p["name"] + ".txt"), "w", encoding="utf-8") as f:
        f.write(page_text(p))
    with open(os.path.join(HERE, p["name"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(truth(p), f, ensure_ascii=False, indent=2)
        f.write("\n")
