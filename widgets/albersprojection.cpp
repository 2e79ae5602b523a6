#include "albersprojection.h"

#include <cmath>

namespace zhisuan::widgets {

namespace {
constexpr double kRadius = 6371.0; // km
constexpr double kDeg = M_PI / 180.0;
} // namespace

AlbersProjection::AlbersProjection(double sp1, double sp2, double lon0, double lat0) : m_lon0(lon0 * kDeg)
{
    const double p1 = sp1 * kDeg, p2 = sp2 * kDeg;
    m_n = (std::sin(p1) + std::sin(p2)) / 2.0;
    m_c = std::cos(p1) * std::cos(p1) + 2.0 * m_n * std::sin(p1);
    m_rho0 = std::sqrt(m_c - 2.0 * m_n * std::sin(lat0 * kDeg)) / m_n;
}

QPointF AlbersProjection::project(double lon, double lat) const
{
    const double rho = std::sqrt(m_c - 2.0 * m_n * std::sin(lat * kDeg)) / m_n;
    const double theta = m_n * (lon * kDeg - m_lon0);
    return {kRadius * rho * std::sin(theta), -kRadius * (m_rho0 - rho * std::cos(theta))};
}

QPointF AlbersProjection::unproject(const QPointF &point) const
{
    const double x = point.x() / kRadius, y = -point.y() / kRadius;
    const double dy = m_rho0 - y;
    const double rho = std::copysign(std::sqrt(x * x + dy * dy), m_n);
    const double theta = std::atan2(x, dy);
    const double lat = std::asin((m_c - rho * rho * m_n * m_n) / (2.0 * m_n));
    return {(theta / m_n + m_lon0) / kDeg, lat / kDeg};
}

} // namespace zhisuan::widgets
