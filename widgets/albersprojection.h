#pragma once

#include <QPointF>

namespace zhisuan::widgets {

// Albers equal-area conic, the projection Chinese national maps use: standard parallels 25°N and 47°N,
// central meridian 105°E. Areas are true, so province shapes look as readers expect and bubble areas can be
// compared. Output in kilometres on a sphere of radius 6371 km, y growing downwards (screen convention).
class AlbersProjection
{
public:
    AlbersProjection(double standardParallel1 = 25.0, double standardParallel2 = 47.0, double centralMeridian = 105.0,
                     double latitudeOfOrigin = 0.0);
    QPointF project(double lon, double lat) const;
    QPointF unproject(const QPointF &point) const;

private:
    double m_n, m_c, m_rho0, m_lon0;
};

} // namespace zhisuan::widgets
