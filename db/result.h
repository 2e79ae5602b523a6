#pragma once

#include <QString>

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
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
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
