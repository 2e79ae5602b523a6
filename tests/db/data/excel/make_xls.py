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

wind()
ifind()
choice('choice.xls', False)
choice('choice1904.xls', True)
