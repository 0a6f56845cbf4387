"""The class report's HTML style sheet: self-contained, nothing fetched from the network."""

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: #1d2330; font-size: 20px; line-height: 1.45;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC",
  "PingFang SC", "Microsoft YaHei", sans-serif; }
main { max-width: 1240px; margin: 0 auto; padding: 32px 40px 64px; }
h1 { font-size: 44px; margin: 0 0 4px; }
h2 { font-size: 34px; margin: 56px 0 16px; padding-bottom: 8px; border-bottom: 4px solid #2f5fa7; }
h3 { font-size: 26px; margin: 32px 0 12px; }
h4 { font-size: 21px; margin: 20px 0 8px; color: #3a4252; }
.lead { color: #4a5365; margin: 0 0 8px; }
.cards { display: flex; flex-wrap: wrap; gap: 14px; margin: 8px 0 24px; }
.card { background: #fff; border-radius: 10px; padding: 12px 20px; min-width: 150px;
  box-shadow: 0 1px 3px rgba(0,0,0,.12); }
.card b { display: block; font-size: 38px; line-height: 1.15; }
.card span { color: #4a5365; font-size: 17px; }
table { border-collapse: collapse; width: 100%; background: #fff; border-radius: 10px;
  overflow: hidden; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
th, td { padding: 8px 12px; text-align: left; vertical-align: top; overflow-wrap: anywhere;
  white-space: pre-line; }
td:first-child { min-width: 9em; font-weight: 600; }
td.n, th.n { padding: 8px 8px; }
td:last-child { min-width: 11em; overflow-wrap: normal; }
td { font-size: 19px; }
th { background: #2b3140; color: #fff; font-weight: 600; font-size: 17px; }
tr:nth-child(even) td { background: #f0f2f6; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.episode { background: #fff; border-radius: 12px; padding: 8px 28px 24px; margin: 28px 0;
  box-shadow: 0 1px 3px rgba(0,0,0,.12); }
.episode h3 small { color: #5b6475; font-weight: 400; font-size: 18px; }
.row { display: flex; flex-wrap: wrap; gap: 28px; align-items: flex-start; }
.row > div { flex: 1 1 520px; min-width: 0; }
.quote { font-style: italic; border-left: 5px solid #c25a00; padding: 4px 14px; margin: 8px 0;
  background: #fff6ee; }
ol.replies { margin: 8px 0 0; padding-left: 28px; font-size: 18px; }
ol.replies li { margin: 4px 0; }
code { font-size: 17px; background: #eef0f4; padding: 1px 5px; border-radius: 4px; }
.muted { color: #5b6475; font-size: 17px; }
.problems td { font-size: 16px; word-break: break-all; }
nav { font-size: 19px; margin: 8px 0 0; }
nav a { color: #2f5fa7; }
svg { max-width: 100%; height: auto; display: block; }
table.grid td { text-align: center; vertical-align: middle; white-space: nowrap; }
table.grid td:first-child, table.grid th:first-child { text-align: left; }
table.grid th { text-align: center; }
table.grid td b { font-size: 24px; }
table.grid td small { display: block; color: #4a5365; font-size: 15px; }
table.grid tr.median td { background: #e4e8f0; font-weight: 600; border-top: 2px solid #2b3140; }
td.hi { background: #d5efdf !important; } td.mid { background: #fbefcc !important; }
td.lo { background: #f8d9d5 !important; }
.up { color: #1f7a4d; font-weight: 700; } .down { color: #b3261e; font-weight: 700; }
.steady, .new { color: #4a5365; font-weight: 600; }
ul.todo { list-style: none; padding: 0; margin: 0; }
ul.todo li { border-left: 5px solid #b3261e; background: #fdf1f0; padding: 6px 12px;
  margin: 0 0 10px; }
ul.todo li span { display: block; color: #5b6475; font-size: 16px; }
table.progress th, table.progress td.n, table.progress td.up, table.progress td.down,
table.progress td.steady, table.progress td.new { white-space: nowrap; overflow-wrap: normal; }
table.progress td.spark { min-width: 190px; }
table.progress td:last-child { min-width: 16em; }
.take { background: #eef6f1; border-left: 5px solid #1f7a4d; padding: 6px 12px; }
svg text { font-family: inherit; }
"""
