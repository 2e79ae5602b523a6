-- PostgreSQL dialect of ../003_snapshot_measures.sql (issue 17).
-- Terminal exports of the week's movers carry a valuation snapshot next to the return: Wind's
-- 总市值[交易日期]…[单位]元 and 市盈率PE(TTM)[交易日期]…. They are kept, dated, with the price and PB.
ALTER TABLE security_snapshot ADD COLUMN pe_ttm DOUBLE PRECISION;
ALTER TABLE security_snapshot ADD COLUMN market_cap_cny DOUBLE PRECISION;
