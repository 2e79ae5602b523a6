<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%1: rejected, nothing was imported (%n error(s))</source>
        <translation>
            <numerusform>%1: rejected, nothing was imported (%n error)</numerusform>
            <numerusform>%1: rejected, nothing was imported (%n errors)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n row(s): %3 inserted, %4 updated, %5 unchanged</source>
        <translation>
            <numerusform>%1: %2 — %n row: %3 inserted, %4 updated, %5 unchanged</numerusform>
            <numerusform>%1: %2 — %n rows: %3 inserted, %4 updated, %5 unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: %n problem found:</numerusform>
            <numerusform>%1: %n problems found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s)</source>
        <translation>
            <numerusform>  %1: %n row</numerusform>
            <numerusform>  %1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>expected a closing quote (&quot;) for the field opened here, found none in the next %n MiB (is a quote missing?)</source>
        <translation>
            <numerusform>expected a closing quote (&quot;) for the field opened here, found none in the next %n MiB (is a quote missing?)</numerusform>
            <numerusform>expected a closing quote (&quot;) for the field opened here, found none in the next %n MiB (is a quote missing?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expected the end of this line within %n MiB, found none (is this a CSV file?)</source>
        <translation>
            <numerusform>expected the end of this line within %n MiB, found none (is this a CSV file?)</numerusform>
            <numerusform>expected the end of this line within %n MiB, found none (is this a CSV file?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>skipped %n title line(s) before the header on line %1</source>
        <translation>
            <numerusform>skipped %n title line before the header on line %1</numerusform>
            <numerusform>skipped %n title lines before the header on line %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team store is busy: %1 is writing to it and has not finished after %n second(s). Nothing was written; try again when they have finished.</source>
        <translation>
            <numerusform>The team store is busy: %1 is writing to it and has not finished after %n second. Nothing was written; try again when they have finished.</numerusform>
            <numerusform>The team store is busy: %1 is writing to it and has not finished after %n seconds. Nothing was written; try again when they have finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waited %n second(s) for %1 to finish writing to the team store.</source>
        <translation>
            <numerusform>Waited %n second for %1 to finish writing to the team store.</numerusform>
            <numerusform>Waited %n seconds for %1 to finish writing to the team store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s)</source>
        <translation>
            <numerusform>… and %n more change</numerusform>
            <numerusform>… and %n more changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expected one sheet to import, found %n sheet(s) with a header ZhiSuan knows: %1; choose one with --sheet NAME or its number (or in the import wizard)</source>
        <translation>
            <numerusform>expected one sheet to import, found %n sheet with a header ZhiSuan knows: %1; choose one with --sheet NAME or its number (or in the import wizard)</numerusform>
            <numerusform>expected one sheet to import, found %n sheets with a header ZhiSuan knows: %1; choose one with --sheet NAME or its number (or in the import wizard)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceCatalog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message numerus="yes">
        <source>%n row(s) of “%1” refer to rows of “%2” that do not exist (the first: row %3)</source>
        <translation>
            <numerusform>%n row of “%1” refers to a row of “%2” that does not exist (the first: row %3)</numerusform>
            <numerusform>%n rows of “%1” refer to rows of “%2” that do not exist (the first: row %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message numerus="yes">
        <source>The target %1 is not empty (%2 holds %n row(s)): copy-store only fills an empty store, so that nothing in it is overwritten. Name a new store (a new file, or a new database).</source>
        <translation>
            <numerusform>The target %1 is not empty (%2 holds %n row): copy-store only fills an empty store, so that nothing in it is overwritten. Name a new store (a new file, or a new database).</numerusform>
            <numerusform>The target %1 is not empty (%2 holds %n rows): copy-store only fills an empty store, so that nothing in it is overwritten. Name a new store (a new file, or a new database).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message numerus="yes">
        <source>line %1 is %2 but the file is %3 (%n line(s) are %3, the first is line %4): found “%5”, which is %2 text; save the whole file in one encoding and import it again</source>
        <translation>
            <numerusform>line %1 is %2 but the file is %3 (as line %4 is): found “%5”, which is %2 text; save the whole file in one encoding and import it again</numerusform>
            <numerusform>line %1 is %2 but the file is %3 (%n lines are %3, the first is line %4): found “%5”, which is %2 text; save the whole file in one encoding and import it again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TradingCalendar</name>
    <message numerus="yes">
        <source>it covers %n calendar day(s) from %1 to %2, more than a week</source>
        <translation>
            <numerusform>it covers %n calendar day from %1 to %2, more than a week</numerusform>
            <numerusform>it covers %n calendar days from %1 to %2, more than a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it covers %n trading day(s) from %1 to %2, across more than one week</source>
        <translation>
            <numerusform>it covers %n trading day from %1 to %2, across more than one week</numerusform>
            <numerusform>it covers %n trading days from %1 to %2, across more than one week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it covers %n trading day(s) from %1 to %2, but the trading week of %3 runs from %4 to %5</source>
        <translation>
            <numerusform>it covers %n trading day from %1 to %2, but the trading week of %3 runs from %4 to %5</numerusform>
            <numerusform>it covers %n trading days from %1 to %2, but the trading week of %3 runs from %4 to %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyBrief</name>
    <message numerus="yes">
        <source>%n model release(s) this week: %1.</source>
        <translation>
            <numerusform>%n model release this week: %1.</numerusform>
            <numerusform>%n model releases this week: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n news item(s) on products, policy and the industry.</source>
        <translation>
            <numerusform>%n news item on products, policy and the industry.</numerusform>
            <numerusform>%n news items on products, policy and the industry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compute centres: %n item(s) this week: %1.</source>
        <translation>
            <numerusform>Compute centres: %n item this week: %1.</numerusform>
            <numerusform>Compute centres: %n items this week: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No lockup expiries are recorded for the %n day(s) after this week.</source>
        <translation>
            <numerusform>No lockup expiries are recorded for the day after this week.</numerusform>
            <numerusform>No lockup expiries are recorded for the %n days after this week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lockup expiries in the %n day(s) after the week</source>
        <translation>
            <numerusform>Lockup expiries in the day after the week</numerusform>
            <numerusform>Lockup expiries in the %n days after the week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lockup expiry(ies) in the %1 days after the week, worth %2 in all; the first: %3 on %4.</source>
        <translation>
            <numerusform>%n lockup expiry in the %1 days after the week, worth %2: %3 on %4.</numerusform>
            <numerusform>%n lockup expiries in the %1 days after the week, worth %2 in all; the first: %3 on %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table shows the first %1 of %n rows.</source>
        <translation>
            <numerusform>The table shows the first %1 of %n row.</numerusform>
            <numerusform>The table shows the first %1 of %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compute centres: %n item(s) this week, listed in the compute centres section.</source>
        <translation>
            <numerusform>Compute centres: %n item this week, listed in the compute centres section.</numerusform>
            <numerusform>Compute centres: %n items this week, listed in the compute centres section.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model update(s): %1.</source>
        <translation>
            <numerusform>%n model update: %1.</numerusform>
            <numerusform>%n model updates: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhisuan::app::CentresDashboard</name>
    <message numerus="yes">
        <source>%1: %n centre(s), current %2 PFLOPS, planned %3 PFLOPS</source>
        <translation>
            <numerusform>%1: %n centre, current %2 PFLOPS, planned %3 PFLOPS</numerusform>
            <numerusform>%1: %n centres, current %2 PFLOPS, planned %3 PFLOPS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not on map (%n)</source>
        <translation>
            <numerusform>Not on map (%n)</numerusform>
            <numerusform>Not on map (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operational centre(s) have no current figure in the source and are not in the current total: %1</source>
        <translation>
            <numerusform>%n operational centre has no current figure in the source and is not in the current total: %1</numerusform>
            <numerusform>%n operational centres have no current figure in the source and are not in the current total: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n centre(s) with an inferred capacity are left out (%1)</source>
        <translation>
            <numerusform>%n centre with an inferred capacity is left out (%1)</numerusform>
            <numerusform>%n centres with an inferred capacity are left out (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;Inferred&lt;/i&gt; ecosystem (from partner or tenant) for %n centre(s), largest: %1; counting them: %2</source>
        <translation>
            <numerusform>&lt;i&gt;Inferred&lt;/i&gt; ecosystem (from partner or tenant) for %n centre, largest: %1; counting them: %2</numerusform>
            <numerusform>&lt;i&gt;Inferred&lt;/i&gt; ecosystem (from partner or tenant) for %n centres, largest: %1; counting them: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the chip ecosystem inferred for %n centre(s) counts as not stated (largest: %1)</source>
        <translation>
            <numerusform>the chip ecosystem inferred for %n centre counts as not stated (largest: %1)</numerusform>
            <numerusform>the chip ecosystem inferred for %n centres counts as not stated (largest: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · planned &lt;b&gt;%1&lt;/b&gt; PFLOPS (%n centre(s) without a stated plan counted at their current figure)</source>
        <translation>
            <numerusform> · planned &lt;b&gt;%1&lt;/b&gt; PFLOPS (%n centre without a stated plan counted at its current figure)</numerusform>
            <numerusform> · planned &lt;b&gt;%1&lt;/b&gt; PFLOPS (%n centres without a stated plan counted at their current figure)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; centre(s) · %1 · chip ecosystem as reported (share of current PFLOPS): %2</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; centre · %1 · chip ecosystem as reported (share of current PFLOPS): %2</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; centres · %1 · chip ecosystem as reported (share of current PFLOPS): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhisuan::app::ImportResultPanel</name>
    <message numerus="yes">
        <source>imported: %n row(s) — %1 inserted, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>imported: %n row — %1 inserted, %2 updated, %3 unchanged</numerusform>
            <numerusform>imported: %n rows — %1 inserted, %2 updated, %3 unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rejected, nothing was imported (%n error(s))</source>
        <translation>
            <numerusform>rejected, nothing was imported (%n error)</numerusform>
            <numerusform>rejected, nothing was imported (%n errors)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n file(s) imported.</source>
        <translation>
            <numerusform>Import finished: %n file imported.</numerusform>
            <numerusform>Import finished: %n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhisuan::app::MainWindow</name>
    <message numerus="yes">
        <source>Wrote %n chart(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n chart to %1.</numerusform>
            <numerusform>Wrote %n charts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rejected, nothing was imported (%n error(s)):</source>
        <translation>
            <numerusform>%1 rejected, nothing was imported (%n error):</numerusform>
            <numerusform>%1 rejected, nothing was imported (%n errors):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhisuan::app::WeeklyBriefDialog</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::ImportWizardDialog</name>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in the preview fail validation: the file would be rejected as it is.</source>
        <translation>
            <numerusform>%n cell in the preview fails validation: the file would be rejected as it is.</numerusform>
            <numerusform>%n cells in the preview fail validation: the file would be rejected as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) in red hold numbers this kind does not store: map each to a field or choose “(not imported)” before importing.</source>
        <translation>
            <numerusform>%n column in red holds numbers this kind does not store: map it to a field or choose “(not imported)” before importing.</numerusform>
            <numerusform>%n columns in red hold numbers this kind does not store: map each to a field or choose “(not imported)” before importing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhisuan::widgets::TimelineView</name>
    <message numerus="yes">
        <source>+%n not labelled, see the data table</source>
        <translation>
            <numerusform>+%n not labelled, see the data table</numerusform>
            <numerusform>+%n not labelled, see the data table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n not labelled: hover, ←/→ or the data table</source>
        <translation>
            <numerusform>+%n not labelled: hover, ←/→ or the data table</numerusform>
            <numerusform>+%n not labelled: hover, ←/→ or the data table</numerusform>
        </translation>
    </message>
</context>
</TS>
