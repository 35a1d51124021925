"""check_gold.py: validates the held-out gold files (format, verbatim evidence, dates, weekdays)."""
import json, glob, os, re, sys, datetime
D = os.path.dirname(os.path.abspath(__file__))
bad = 0
def err(f, m):
    global bad; bad += 1; print("ERR", f, m)
txts = sorted(glob.glob(D + "/*.txt"))
for t in txts:
    g = t[:-4] + ".gold.json"
    if not os.path.exists(g): err(t, "no gold"); continue
    try: gold = json.load(open(g, encoding="utf-8"))
    except Exception as e: err(g, e); continue
    text = open(t, encoding="utf-8").read()
    if gold.get("file") != os.path.basename(t): err(g, "file field")
    if set(gold) != {"file","published","outlet","meetings","notes"}: err(g, "keys %s" % set(gold))
    dre = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    p = gold["published"]
    if p is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", p): err(g, "published " + p)
    if gold["outlet"] is not None and gold["outlet"] not in text: err(g, "outlet not in text")
    for i, m in enumerate(gold["meetings"]):
        if set(m) != {"kind","date","city","country","participants","evidence"}: err(g, "mkeys %d" % i)
        if m["kind"] not in ("in_person","phone","video"): err(g, "kind")
        if m["date"] is not None:
            if not dre.match(m["date"]): err(g, "date " + m["date"])
            parts = m["date"].split("-")
            if len(parts) == 3: datetime.date.fromisoformat(m["date"])
            if p and m["date"] > p: err(g, "meeting after publication")
        if m["kind"] != "in_person" and (m["city"] or m["country"]): err(g, "call with place")
        if m["country"] is not None and not re.match(r"^[A-Z]{2}$", m["country"]): err(g, "country")
        if (m["city"] is None) != (m["country"] is None) and m["kind"] == "in_person": print("WARN", g, "city/country mismatch", i)
        if m["evidence"] not in text: err(g, "evidence not verbatim %d: %s" % (i, m["evidence"][:60]))
        if len(m["participants"]) < 2: err(g, "fewer than 2 participants")
        names = [x["name"] for x in m["participants"]]
        if len(set(names)) != len(names): err(g, "dup participant")
        for x in m["participants"]:
            if set(x) != {"name","title","country"}: err(g, "pkeys")
            if not re.match(r"^[A-Z]{2}$", x["country"] or ""): err(g, "pcountry " + x["name"])
            if x["name"] not in text: err(g, "name not in text: " + x["name"])
            if re.match(r"^(Mr|Mrs|Ms|Dr|H\.E|Sheikh|Prince|Sir)\b", x["name"]): err(g, "honorific " + x["name"])
# Weekday resolutions: (file, meeting index) -> weekday named in the text.
WEEKDAYS = {
    ("ao-es-credentials-luanda", 0): "Thursday", ("ao-es-credentials-luanda", 1): "Thursday",
    ("jp-kr-cn-apec-gyeongju", 0): "Thursday", ("jp-kr-cn-apec-gyeongju", 2): "Friday",
    ("sa-pk-ir-crown-prince-calls", 1): "Sunday", ("tr-kz-passive-ankara", 0): "Monday",
    ("cl-uy-fm-santiago", 0): "Monday", ("in-lk-cm-thiruvananthapuram", 0): "Friday",
    ("id-br-fm-virtual-jakarta", 0): "Wednesday", ("vn-gb-ambassador-blog-hcmc", 0): "Thursday",
    ("bd-jp-delegation-dhaka", 0): "Tuesday",
}
for (name, i), wd in WEEKDAYS.items():
    gold = json.load(open(os.path.join(D, name + ".gold.json"), encoding="utf-8"))
    day = datetime.date.fromisoformat(gold["meetings"][i]["date"])
    pub = datetime.date.fromisoformat(gold["published"])
    if day.strftime("%A") != wd: err(name, "weekday %s is not %s" % (day, wd))
    if not 0 <= (pub - day).days < 7: err(name, "weekday %s not in the week before %s" % (day, pub))
print(len(txts), "articles", sum(len(json.load(open(t[:-4]+".gold.json"))["meetings"]) for t in txts), "meetings", "errors:", bad)
sys.exit(1 if bad else 0)
