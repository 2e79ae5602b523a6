#!/usr/bin/python3
# Writes the .xls fixtures of tst_excelimport (issue 28) with python3-xlwt (Debian 12: apt install python3-xlwt), in
# the shapes iFinD and Choice save as Excel 97-2003: the same tables tst_excelimport.cpp builds as .xlsx and as CSV.
# Run it here and commit the files; the test reads them (xlwt is not needed to build or test).
import datetime
import xlwt

percent = xlwt.easyxf(num_format_str='0.00%')
date = xlwt.easyxf(num_format_str='yyyy-mm-dd')
two = xlwt.easyxf(num_format_str='0.00')
thousands = xlwt.easyxf(num_format_str='#,##0.00')

def wind():
    b = xlwt.Workbook(encoding='utf-8')
    s = b.add_sheet('Sheet1')
    s.write(0, 0, '区间涨跌幅排名')
    for c, h in enumerate(['证券代码', '证券简称', '区间涨跌幅[起始交易日期]20241104[截止交易日期]20241108[单位]%', '收盘价[单位]元']):
        s.write(1, c, h)
    for i, (code, name, ret, close) in enumerate([('300474.SZ', '景嘉微', 18.31, 82.5), ('002230.SZ', '科大讯飞', -4.43, 53.12),
                                                  ('688256.SH', '寒武纪', 7.1, 612.0)]):
        s.write(2 + i, 0, code)
        s.write(2 + i, 1, name)
        s.write(2 + i, 2, ret, two)
        s.write(2 + i, 3, close, two)
    s.write(6, 0, '数据来源：Wind')
    b.save('wind.xls')

def ifind():
    b = xlwt.Workbook(encoding='utf-8')
    n = b.add_sheet('说明')
    n.write(0, 0, '本表由同花顺iFinD导出')
    n.write(1, 0, '仅供参考')
    s = b.add_sheet('数据')
    s.write(0, 0, '同花顺iFinD 区间行情')
    for c, h in enumerate(['证券代码', '证券简称', '区间涨跌幅:前复权[20241104-20241108](%)', '总市值(亿元)']):
        s.write(1, c, h)
    s.write(2, 0, '300474.SZ'); s.write(2, 1, '景嘉微'); s.write(2, 2, 18.31); s.write(2, 3, 4028.23, thousands)
    s.write(3, 0, '0700.HK'); s.write(3, 1, '腾讯控股'); s.write(3, 2, -1.5); s.write(3, 3, 38123.5, thousands)
    b.save('ifind.xls')

def choice(name, d1904):
    b = xlwt.Workbook(encoding='utf-8')
    b.dates_1904 = d1904
    s = b.add_sheet('Sheet1')
    s.write_merge(0, 1, 0, 0, '代码')
    s.write_merge(0, 1, 1, 1, '名称')
    s.write(0, 2, '周涨跌幅')
    s.write(1, 2, '(%)')
    s.write_merge(0, 1, 3, 3, '交易日期')
    for i, (code, nm, ret) in enumerate([('002230', '科大讯飞', 0.1831), ('300474', '景嘉微', -0.0443), ('688256', '寒武纪', 0.071)]):
        s.write(2 + i, 0, code)
        s.write(2 + i, 1, nm)
        s.write(2 + i, 2, ret, percent)
        s.write(2 + i, 3, datetime.date(2024, 11, 8), date)
    s.write(5, 0, '注：数据来源于Choice')
    b.save(name)

# A generated workbook and what each of its cells must read as (generated.json), to test the BIFF reader on far more
# than the shapes above: a shared string table of some 100 KB, so that it runs over ten CONTINUE records and
# strings break across them, compressed (Latin-1) and UTF-16 alike; CJK, Latin and mixed text of 1 to 200
# characters, repeated strings, numbers written as RK (integers, hundredths) and as NUMBER (large, fractional),
# percentages, dates, booleans, holes, two sheets. Seeded: running this again writes the same files.
def generated():
    import json, random
    from decimal import Decimal
    rng = random.Random(28)
    cjk = [chr(c) for c in range(0x4E00, 0x9FA6)]
    latin = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()[]%'
    accented = 'àéîõüçñßøåÆ£¥§°±µ'

    def text():
        n = rng.choice([1, 2, 3, 5, 8, 13, 40, 120, 200])
        kind = rng.randrange(4)
        pool = [cjk, list(latin), list(latin + accented), cjk + list(latin)][kind]
        return ''.join(rng.choice(pool) for _ in range(n)).strip() or 'x'

    def shortest(v):
        r = repr(float(v))
        return r[:-2] if r.endswith('.0') else r

    b = xlwt.Workbook(encoding='utf-8')
    expected = {}
    repeated = [text() for _ in range(20)]
    for sheet_name, rows in (('生成 数据', 500), ('Sheet2', 120)):
        s = b.add_sheet(sheet_name)
        out = []
        for r in range(rows):
            if rng.random() < 0.03:
                continue  # an empty row
            cells = []
            for c in range(8):
                kind = rng.randrange(10)
                if rng.random() < 0.08:
                    cells.append('')  # a hole
                    continue
                if kind in (0, 1, 2):
                    v = text()
                    s.write(r, c, v); cells.append(v)
                elif kind == 3:
                    v = rng.choice(repeated)
                    s.write(r, c, v); cells.append(v)
                elif kind == 4:
                    v = rng.randrange(-(1 << 29), 1 << 29)
                    s.write(r, c, v); cells.append(str(v))
                elif kind == 5:
                    v = round(rng.uniform(-99999, 99999), 2)
                    s.write(r, c, v); cells.append(shortest(v))
                elif kind == 6:
                    v = rng.choice([417449800123, 3.141592653589793, 1e15 + 0.5, -0.000123])
                    s.write(r, c, v); cells.append(format(Decimal(repr(v)), 'f') if 'e' in repr(v) else shortest(v))
                elif kind == 7:
                    v = round(rng.uniform(-1, 1), 4)
                    s.write(r, c, v, percent)
                    cells.append(format(Decimal(repr(v)).scaleb(2).normalize(), 'f') + '%')
                elif kind == 8:
                    d = datetime.date(2000, 1, 1) + datetime.timedelta(days=rng.randrange(12000))
                    s.write(r, c, d, date); cells.append(d.isoformat())
                else:
                    v = rng.random() < 0.5
                    s.write(r, c, v); cells.append('TRUE' if v else 'FALSE')
            while cells and cells[-1] == '':
                cells.pop()
            if cells:
                out.append([r + 1, cells])
        expected[sheet_name] = out
    b.save('generated.xls')
    with open('generated.json', 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=0)

generated()
wind()
ifind()
choice('choice.xls', False)
choice('choice1904.xls', True)
