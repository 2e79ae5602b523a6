<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>zhisuan::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="+215"/>
        <source>%1: rejected, nothing was imported (%n error(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhisuan::db::ImportJob</name>
    <message numerus="yes">
        <location filename="../db/importjob.cpp" line="+401"/>
        <source>skipped %n title line(s) before the header on line %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
