#pragma once

#include <QMetaObject>
#include <QString>

namespace zhisuan::app {

// Emits page->storeProblem(message) once control is back in the event loop: a page that fails to read the store
// while it is being constructed is still heard by the window, which connects to it afterwards.
template<typename Page>
void reportStoreProblem(Page *page, const QString &message)
{
    QMetaObject::invokeMethod(page, [page, message] { emit page->storeProblem(message); }, Qt::QueuedConnection);
}

} // namespace zhisuan::app
