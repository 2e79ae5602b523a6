#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <utility>
#include <variant>

namespace zhisuan::db {

// What went wrong, for a person: `message` says what and where; `detail` carries the raw cause
// (a QSqlError text, a file path) for logs and "Details…" buttons.
struct Error
{
    QString code;    // stable, machine-readable: "newer-store", "io", "sql", "cancelled", "invalid-input" …
    QString message; // translated, complete sentence
    QString detail;
    // Where in the input, when the error is about a file's content (1-based; 0 = not known).
    qint64 line = 0;
    qint64 column = 0;
    // The sheet of a workbook the line (its row) and column are in; empty for a text file.
    QString sheet{};
};

// value() on an error is a programming error: every caller checks ok() first or uses valueOr(). It used to
// throw std::bad_variant_access, which no one catches, so the app died with a bare "abort"; it now says which
// error went unhandled before stopping.
[[noreturn]] inline void uncheckedResult(const Error &error)
{
    qFatal("Result::value() called on an error (%s): %s", qUtf8Printable(error.code), qUtf8Printable(error.message));
}

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        if (!ok())
            uncheckedResult(error());
        return std::get<T>(m_value);
    }
    T &value() &
    {
        if (!ok())
            uncheckedResult(error());
        return std::get<T>(m_value);
    }
    T &&value() &&
    {
        if (!ok())
            uncheckedResult(error());
        return std::get<T>(std::move(m_value));
    }
    // The value, or `fallback` when this holds an error; the error is then appended to `errors` (when given)
    // so that the caller can show it where the user looks.
    T valueOr(T fallback, QList<Error> *errors = nullptr) const &
    {
        if (ok())
            return std::get<T>(m_value);
        if (errors)
            errors->append(error());
        return fallback;
    }
    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace zhisuan::db
