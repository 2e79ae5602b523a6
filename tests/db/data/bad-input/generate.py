#!/usr/bin/env python3
"""Writes the bad-input corpus that tst_badinput imports one file at a time (see expected.tsv beside this).

The files are committed; this script only documents their bytes (GBK, UTF-16, NUL, a 2 MB cell) and rebuilds
them: python3 tests/db/data/bad-input/generate.py. Weeks are in 2019 and names are made up, so that nothing
collides with the starter dataset the test store is loaded with.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = 'code,name,week_start,week_end,return_pct,close,week_low,week_high'
# Columns (in characters) of a weekly row: code 1, name 11, week_start 15, week_end 26, return_pct 37,
# close 43, week_low 49, week_high 54 (55 on the second row).
ROW1 = '300531.SZ,优博讯,2019-08-12,2019-08-16,18.31,11.63,9.44,12.35'
ROW2 = '688168.SH,安博通,2019-08-12,2019-08-16,17.46,29.20,24.50,30.18'
WEEKLY = HEADER + '\n' + ROW1 + '\n' + ROW2 + '\n'
TITLE = '本周计算机板块个股涨跌幅前五名（单位：元，数据来源：同花顺iFinD）'


def write(name, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)


def weekly(row1=ROW1, row2=ROW2, eol='\n', header=HEADER):
    return eol.join([header, row1, row2]) + eol


# Encodings
write('enc_utf8_bom.csv', b'\xef\xbb\xbf' + WEEKLY.encode())
write('enc_gbk_title_footer.csv', (TITLE + '\r\n' + weekly(eol='\r\n') +
                                   '数据来源：Wind，2019 年 8 月 16 日\r\n').encode('gb18030'))
write('enc_gb18030_4byte.csv', weekly(row2=ROW2.replace('688168.SH,安博通', '688998.SH,𠮷野家')).encode('gb18030'))
write('enc_utf16le_bom.csv', '\ufeff'.encode('utf-16-le') + weekly(eol='\r\n').encode('utf-16-le'))
write('enc_utf16be_bom.csv', '\ufeff'.encode('utf-16-be') + weekly(eol='\r\n').encode('utf-16-be'))
# One stray byte in a UTF-8 file: line 4 (after the title), column 13 of the name 安博\xff通.
write('enc_utf8_one_bad_byte.csv', TITLE.encode() + b'\n' + weekly().encode().replace('安博'.encode(), '安博'.encode() + b'\xff'))
# A UTF-8 file where one row was pasted from a GBK export: refused at that row, at its name (line 4 column 11).
write('enc_mixed_utf8_gbk.csv', (TITLE + '\n' + HEADER + '\n' + ROW1 + '\n').encode() +
      ROW2.encode().replace('安博通'.encode(), '安博通'.encode('gbk')) + b'\n')
# The other way round: a GBK export (title, header, first row) with its second row pasted in UTF-8.
write('enc_mixed_gbk_utf8.csv', (TITLE + '\r\n' + HEADER + '\r\n' + ROW1 + '\r\n').encode('gbk') +
      (ROW2 + '\r\n').encode())
# A short GBK file whose every byte is valid UTF-8 as well: 卓胜微 is D7 BF CA A4 CE A2 (U+05FF ʤ Ϣ in UTF-8),
# 茂硕 is C3 AF CB B6 (ï˶). Read as GBK: no Chinese export writes those characters.
write('enc_gbk_bytes_valid_utf8.csv',
      weekly(row1=ROW1.replace('300531.SZ,优博讯', '300782.SZ,卓胜微'),
             row2=ROW2.replace('688168.SH,安博通', '002660.SZ,茂硕')).encode('gbk'))
# UTF-16 without its BOM (Excel's "Unicode text" after an editor dropped the BOM): told by its NUL bytes.
write('enc_utf16le_nobom.csv', weekly(eol='\r\n').encode('utf-16-le'))
write('enc_utf16be_nobom.csv', weekly(eol='\r\n').encode('utf-16-be'))
# Cut off in the middle of a character: UTF-8 (通 is E9 80 9A) and GBK (通 is CD A8).
write('trunc_utf8_mid_char.csv', (TITLE + '\n' + HEADER + '\n' + ROW1 + '\n').encode() + '688168.SH,安博'.encode() + b'\xe9\x80')
write('trunc_gbk_mid_char.csv', (HEADER + '\r\n' + ROW1 + '\r\n' + '688168.SH,安博').encode('gbk') + b'\xcd')
write('enc_only_bom.csv', b'\xef\xbb\xbf')
write('empty.csv', b'')
write('blank_lines_only.csv', '\n\r\n  \n')

# Truncation and quoting
write('trunc_mid_quote.csv', HEADER + '\n' + ROW1 + '\n' + '688168.SH,"安博通,2019-08-12,2019-08-16,17.46')
write('trunc_mid_row.csv', HEADER + '\n' + ROW1 + '\n' + '688168.SH,安博通,2019-08-12,2019-0')
write('quote_garbage_after_close.csv', weekly(row2=ROW2.replace('安博通', '"安博通"x')))
# Doubled quotes in a quoted field on a row that is not the last (the scratch buffer is reused by the next row).
write('quote_doubled_not_last_row.csv',
      'name,kind,note\n测试机构甲,vendor,"say ""hi"" to me"\n测试机构乙,other,plain\n')
write('quote_multiline_cell.csv', 'name,kind,note\n测试机构丙,vendor,"第一行\n第二行, 带逗号"\n测试机构丁,other,x\n')

# NUL bytes
write('nul_in_cell.csv', weekly().encode().replace('安博'.encode(), '安博'.encode() + b'\x00'))
write('nul_padding_at_end.csv', WEEKLY.encode() + b'\x00' * 16)

# Huge fields: a 2 MB cell, once plain and once through the unescaping path (doubled quotes first).
big = 'A' * (2 * 1024 * 1024)
write('huge_cell_2mb.csv', 'name,kind,note\n测试机构戊,vendor,' + big + '\n测试机构己,other,x\n')
write('huge_quoted_cell_2mb.csv', 'name,kind,note\n测试机构庚,vendor,"""big"" ' + big + '"\n测试机构辛,other,x\n')

# Ragged rows
write('ragged_short_row.csv', weekly(row2='688168.SH,安博通,2019-08-12,2019-08-16,17.46'))
write('ragged_long_row.csv', weekly(row2=ROW2 + ',extra'))
write('ragged_trailing_empty_cells.csv', weekly(row1=ROW1 + ',,', row2=ROW2 + ',,,'))

# Line ends
write('eol_crlf.csv', weekly(eol='\r\n'))
write('eol_lone_cr.csv', weekly(eol='\r'))
write('eol_mixed.csv', HEADER + '\r\n' + ROW1 + '\n' + ROW2 + '\r\n')
write('eol_no_final_newline.csv', HEADER + '\n' + ROW1 + '\n' + ROW2)
write('delimiter_tab.tsv', weekly().replace(',', '\t'))

# Injection-looking cells are text like any other: stored as written, never run. (New codes, so that the name is
# stored: a weekly file only fills in the names of securities the store does not know yet.)
write('inject_formula.csv', weekly(row1=ROW1.replace('300531.SZ,优博讯', "301999.SZ,=cmd|'/c calc'!A1")))
write('inject_sql.csv', weekly(row1=ROW1.replace('300531.SZ,优博讯', "301998.SZ,'; DROP TABLE security;--")))
write('inject_code_cell.csv', weekly(row1=ROW1.replace('300531.SZ', "300531.SZ'--")))

# Numbers
write('num_inf.csv', weekly(row1=ROW1.replace('18.31', 'inf')))
write('num_minus_inf.csv', weekly(row2=ROW2.replace('29.20', '-inf')))
write('num_nan.csv', weekly(row1=ROW1.replace('18.31', 'NaN')))
write('num_overflow.csv', weekly(row1=ROW1.replace('11.63', '1e309')))
write('num_percent_words.csv', weekly(row1=ROW1.replace('18.31', '十七%')))
write('num_integer_overflow.csv', 'name,status,accelerators\n测试中心,planned,99999999999999999999\n')
write('num_high_below_low.csv', weekly(row2=ROW2.replace('24.50,30.18', '30.18,24.50')))
write('num_negative_volume.csv', 'code,trade_date,open,high,low,close,volume\n'
      '300531.SZ,2019-08-16,11.00,12.00,10.50,11.63,123400\n'
      '688168.SH,2019-08-16,29.00,30.18,28.00,29.20,-100\n')

# Dates
write('date_feb30.csv', weekly(row1=ROW1.replace('2019-08-16', '2019-02-30')))
write('date_2023_feb29.csv', 'code,trade_date,close\n300531.SZ,2023-02-29,11.63\n')
write('date_zero.csv', 'code,trade_date,close\n300531.SZ,0000-00-00,11.63\n')
write('date_leap_day.csv', 'code,trade_date,close\n300531.SZ,2024-02-29,11.63\n')
write('date_week_end_before_start.csv', weekly(row1=ROW1.replace('2019-08-12,2019-08-16', '2019-08-16,2019-08-12')))
write('month_downloads.csv', '应用,月份,平台,下载量(万次)\n测试应用,2019-08,android,14000\n测试应用,2019年7月,ios,--\n')

# Keys and structure
write('dup_key.csv', weekly(row2=ROW1.replace('18.31', '18.30')))
write('header_only.csv', HEADER + '\n')
write('title_and_footer_only.csv', TITLE + '\n数据来源：Wind\n')
write('code_lost_leading_zeros.csv', weekly(row1=ROW1.replace('300531.SZ', '2230')))
write('securities_without_kind.csv', 'code,name\n688999.SH,测试股份\n')
# English names (issue 29): an optional column beside the Chinese name, by any header it goes by.
write('english_names_centres.csv', '中心名称,英文名称,地域,算力\n测试智算中心,Test Intelligent Computing Centre,湖南省长沙市,100P\n')
write('english_names_securities.csv', 'code,name,English name\n688999.SH,测试股份,Test Holdings\n')
write('english_titles_events.csv', '日期,类型,标题,英文标题\n2019-08-12,policy,测试政策发布,Test policy issued\n')
write('english_titles_releases.csv', 'model,released_on,title,title_en\nDeepSeek-V2,2019-08-12,测试发布,Test release\n')
write('english_subjects_metrics.csv', 'subject,English subject,name,as_of,value\n测试对象,Test subject,日均调用量,2019-08-12,5\n')
# Found by fuzz_valueparser: a long digit run overflowed the date parser's int (undefined behaviour).
write('date_long_digit_run.csv', 'code,trade_date,close\n300531.SZ,2024081600000000,11.63\n')
