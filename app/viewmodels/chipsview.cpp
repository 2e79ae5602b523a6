#include "chipsview.h"

#include "localnames.h"
#include "vocabulary.h"

#include <QHash>
#include <QLocale>

namespace zhisuan::app {

ChipsView ChipsView::compute(const db::QueryTable &chips, const db::QueryTable &efficiency)
{
    ChipsView view;
    // The first threshold in the store is the one drawn and judged against (the 领跑者 rule in the starter data).
    view.rule = efficiency.rows.isEmpty() ? QString() : efficiency.value(0, QStringLiteral("threshold")).toString();
    view.threshold = efficiency.rows.isEmpty() ? 0 : efficiency.value(0, QStringLiteral("threshold_tflops_per_w")).toDouble();
    QHash<QString, std::pair<QVariant, QVariant>> verdicts; // vendor/model -> efficiency, verdict
    for (int r = 0; r < efficiency.rows.size(); ++r)
        if (efficiency.value(r, QStringLiteral("threshold")).toString() == view.rule)
            verdicts.insert(efficiency.value(r, QStringLiteral("vendor")).toString() + QLatin1Char('/') + efficiency.value(r, QStringLiteral("model")).toString(),
                            {efficiency.value(r, QStringLiteral("tflops_per_w")), efficiency.value(r, QStringLiteral("verdict"))});
    view.table = db::QueryTable{{QStringLiteral("vendor"), QStringLiteral("model"), QStringLiteral("region"), QStringLiteral("use"),
                                 QStringLiteral("fp16_tflops"), QStringLiteral("fp16_basis"), QStringLiteral("tdp_w"), QStringLiteral("tflops_per_w"),
                                 QStringLiteral("verdict"), QStringLiteral("int8_tops"), QStringLiteral("fp32_tflops"),
                                 QStringLiteral("fp64_tflops"), QStringLiteral("bandwidth_gbs"), QStringLiteral("process"),
                                 // not shown: the table hatches an inferred value and gives the reason (issue 15)
                                 QStringLiteral("confidence"), QStringLiteral("confidence_note"), QStringLiteral("inferred_fields")},
                                {}};
    for (int r = 0; r < chips.rows.size(); ++r) {
        const QString key = chips.value(r, QStringLiteral("vendor")).toString() + QLatin1Char('/') + chips.value(r, QStringLiteral("model")).toString();
        // Vendor and chip in the interface language where the data has an English name (华为 昇腾910 → Huawei Ascend 910).
        const QString vendor = db::LocalNames::pick(chips.value(r, QStringLiteral("vendor")).toString(), chips.value(r, QStringLiteral("vendor_en")).toString());
        const QString model = db::LocalNames::pick(chips.value(r, QStringLiteral("model")).toString(), chips.value(r, QStringLiteral("model_en")).toString());
        const auto v = verdicts.value(key);
        const bool domestic = chips.value(r, QStringLiteral("domestic")).toInt() == 1;
        view.table.rows.append({vendor, model,
                                domestic ? QStringLiteral("domestic") : QStringLiteral("overseas"), chips.value(r, QStringLiteral("use")),
                                chips.value(r, QStringLiteral("fp16_tflops")), chips.value(r, QStringLiteral("fp16_basis")),
                                chips.value(r, QStringLiteral("tdp_w")),
                                v.second.toString().startsWith(QLatin1String("not_judged")) ? QVariant() : v.first, v.second,
                                chips.value(r, QStringLiteral("int8_tops")), chips.value(r, QStringLiteral("fp32_tflops")),
                                chips.value(r, QStringLiteral("fp64_tflops")), chips.value(r, QStringLiteral("bandwidth_gbs")),
                                chips.value(r, QStringLiteral("process")), chips.value(r, QStringLiteral("confidence")),
                                chips.value(r, QStringLiteral("confidence_note")), chips.value(r, QStringLiteral("inferred_fields"))});
        // Sparse FP16 (H100) and TOPS printed in the FP16 column (昇腾310) are shown but not judged or drawn.
        if (v.second.toString().startsWith(QLatin1String("not_judged")))
            view.notJudged << model;
        else if (!v.second.isNull()) {
            ++view.judged;
            view.pass += v.second.toString() == QLatin1String("pass") ? 1 : 0;
            view.points.append({model, chips.value(r, QStringLiteral("tdp_w")).toDouble(), chips.value(r, QStringLiteral("fp16_tflops")).toDouble(),
                                domestic});
            view.drawnSources << chips.value(r, QStringLiteral("source")).toString();
            view.drawnAsOf << chips.value(r, QStringLiteral("as_of")).toString();
        }
    }
    view.thresholdLabel = tr("%1: %2 TFLOPS/W").arg(Vocabulary::name(view.rule), QLocale().toString(view.threshold, 'f', 2));
    return view;
}

QString ChipsView::summary() const
{
    // Two sentences as the language joins them: "…不达标。以下芯片…", not "不达标。 以下芯片" (issue 29).
    return Vocabulary::sentences({tr("%1 of %2 chips with FP16 and TDP figures meet %3 (FP16 at least %4 TFLOPS per watt); "
                                     "below the line they do not.")
                                      .arg(pass)
                                      .arg(judged)
                                      .arg(Vocabulary::name(rule), QLocale().toString(threshold, 'f', 2)),
                                  notJudged.isEmpty() ? QString()
                                                      : tr("Not judged, because their FP16 figure is sparse or in TOPS: %1.").arg(notJudged.join(tr(", ")))});
}

} // namespace zhisuan::app
