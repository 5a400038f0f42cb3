#include "chartrenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace remaster::documents {

namespace {

// Fonts are sized in pixels of the painter's coordinate system (1/96 inch in documents and in
// device-independent screen pixels), so that a painter scaled for a 1200 dpi PDF and a widget
// at any device-pixel ratio give the same proportions.
QFont sized(const QFont &base, qreal points, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(points * 96.0 / 72.0))));
    f.setBold(bold);
    f.setStyleStrategy(QFont::StyleStrategy(f.styleStrategy() | QFont::PreferNoShaping)); // no ligatures
    return f;
}

Qt::PenStyle grayDash(int index)
{
    static const Qt::PenStyle styles[]
        = { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine };
    return styles[static_cast<std::size_t>(index) % 5];
}

Qt::BrushStyle grayHatch(int index)
{
    static const Qt::BrushStyle styles[]
        = { Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense4Pattern, Qt::CrossPattern, Qt::FDiagPattern };
    return styles[static_cast<std::size_t>(index) % 5];
}

struct Range {
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    void add(double v)
    {
        if (!std::isfinite(v))
            return;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    bool valid() const { return lo <= hi; }
};

} // namespace

QColor ChartRenderer::color(int index, bool grayscale)
{
    // Okabe–Ito palette: distinguishable for colour-blind readers and on cheap printers.
    static const QColor palette[]
        = { QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
            QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x00, 0x00) };
    const QColor c = palette[static_cast<std::size_t>(std::abs(index)) % 7];
    if (!grayscale)
        return c;
    static const int grays[] = { 40, 110, 160, 70, 135, 185, 0 };
    const int g = grays[static_cast<std::size_t>(std::abs(index)) % 7];
    return QColor(g, g, g);
}

QList<double> ChartRenderer::niceTicks(double lo, double hi, int count)
{
    QList<double> ticks;
    if (!(hi > lo) || count < 2)
        return { lo };
    const double raw = (hi - lo) / (count - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    const double first = std::ceil(lo / step - 1e-9) * step;
    for (double t = first; t <= hi + step * 1e-6; t += step)
        ticks.append(std::abs(t) < step * 1e-9 ? 0.0 : t);
    return ticks;
}

void ChartRenderer::render(QPainter &painter, const QRectF &target, const ChartData &chart,
                           const ChartRenderOptions &options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setClipRect(target);
    const bool gray = options.grayscale;
    const qreal hair = options.print ? 0.75 : 1.0 / std::max<qreal>(1.0, options.devicePixelRatio);
    const QColor ink(0x20, 0x20, 0x20);
    const QColor gridColor = gray ? QColor(200, 200, 200) : QColor(215, 220, 228);

    if (options.print)
        painter.fillRect(target, Qt::white);

    const QFont titleFont = sized(options.font, 10, true);
    const QFont axisFont = sized(options.font, 8.5);
    const QFont tickFont = sized(options.font, 8);
    const QFont legendFont = sized(options.font, 8);
    const QFontMetricsF titleFm(titleFont), axisFm(axisFont), tickFm(tickFont), legendFm(legendFont);

    QRectF area = target.adjusted(4, 4, -4, -4);
    if (!chart.title.isEmpty()) {
        painter.setFont(titleFont);
        painter.setPen(ink);
        painter.drawText(QRectF(area.left(), area.top(), area.width(), titleFm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, chart.title);
        area.setTop(area.top() + titleFm.height() + 4);
    }

    // Legend entries: line series, bar series, limits.
    struct LegendEntry {
        QString text;
        QColor color;
        Qt::PenStyle pen = Qt::SolidLine;
        Qt::BrushStyle brush = Qt::NoBrush;
        bool dashedLimit = false;
    };
    QList<LegendEntry> legend;
    for (const ChartSeries &s : chart.series)
        legend.append(
            { s.name, color(s.colorIndex, gray), gray ? grayDash(s.colorIndex) : s.penStyle, Qt::NoBrush, false });
    for (int i = 0; i < chart.barSeries.size(); ++i)
        legend.append(
            { chart.barSeries.at(i), color(i, gray), Qt::SolidLine, gray ? grayHatch(i) : Qt::SolidPattern, false });
    bool hasBarLimits = false;
    QStringList limitNames;
    for (const ChartLimitLine &l : chart.limits) {
        if (l.barGroup >= 0) {
            hasBarLimits = true;
            if (!limitNames.contains(l.label))
                limitNames.append(l.label);
        }
    }
    if (hasBarLimits)
        for (const QString &n : limitNames)
            legend.append({ n, gray ? QColor(Qt::black) : QColor(0xC0, 0x00, 0x00), Qt::SolidLine, Qt::NoBrush, true });

    // Lay the legend out in rows at the bottom.
    painter.setFont(legendFont);
    const qreal swatch = 18;
    QList<QList<int>> rows;
    {
        qreal x = 0;
        QList<int> row;
        for (int i = 0; i < legend.size(); ++i) {
            const qreal w = swatch + 4 + legendFm.horizontalAdvance(legend.at(i).text) + 14;
            if (!row.isEmpty() && x + w > area.width()) {
                rows.append(row);
                row.clear();
                x = 0;
            }
            row.append(i);
            x += w;
        }
        if (!row.isEmpty())
            rows.append(row);
    }
    const qreal legendHeight = rows.size() * (legendFm.height() + 2);
    QRectF legendRect(area.left(), area.bottom() - legendHeight, area.width(), legendHeight);
    area.setBottom(legendRect.top() - 4);

    // Axis titles.
    const qreal xTitleH = chart.xTitle.isEmpty() ? 0 : axisFm.height() + 2;
    const qreal yTitleW = chart.yTitle.isEmpty() ? 0 : axisFm.height() + 2;

    // Data ranges.
    Range xr, yr;
    if (chart.kind == ChartData::Kind::Lines) {
        for (const ChartSeries &s : chart.series)
            for (const QPointF &p : s.points) {
                xr.add(p.x());
                yr.add(p.y());
            }
        for (const ChartAnnotation &a : chart.annotations) {
            xr.add(a.at.x());
            yr.add(a.at.y());
        }
    } else {
        for (const ChartBarGroup &g : chart.bars)
            for (const double v : g.values)
                yr.add(v);
    }
    for (const ChartLimitLine &l : chart.limits)
        yr.add(l.value);
    yr.add(0.0);
    if (chart.kind == ChartData::Kind::Lines && !xr.valid())
        xr = Range { 0.0, 1.0 };
    if (!yr.valid())
        yr = Range { 0.0, 1.0 };
    double xlo = chart.xMin.value_or(xr.lo), xhi = chart.xMax.value_or(xr.hi);
    double ylo = chart.yMin.value_or(yr.lo), yhi = chart.yMax.value_or(yr.hi * 1.08);
    if (!(xhi > xlo))
        xhi = xlo + 1;
    if (!(yhi > ylo))
        yhi = ylo + 1;
    const QList<double> yTicks = niceTicks(ylo, yhi, 6);
    if (!yTicks.isEmpty())
        yhi = std::max(yhi, yTicks.last());
    const QList<double> xTicks = chart.kind == ChartData::Kind::Lines ? niceTicks(xlo, xhi, 8) : QList<double> {};

    auto tickText = [&](double v, double step) {
        const int decimals = step >= 1 || step <= 0 ? 0 : static_cast<int>(std::ceil(-std::log10(step)));
        return chart.locale.toString(v, 'f', decimals);
    };
    const double yStep = yTicks.size() > 1 ? yTicks.at(1) - yTicks.at(0) : 1;
    const double xStep = xTicks.size() > 1 ? xTicks.at(1) - xTicks.at(0) : 1;
    qreal tickLabelW = 0;
    for (const double t : yTicks)
        tickLabelW = std::max(tickLabelW, tickFm.horizontalAdvance(tickText(t, yStep)));

    QRectF plot = area.adjusted(yTitleW + tickLabelW + 6, 4, -8, -(xTitleH + tickFm.height() + 6));
    if (chart.kind == ChartData::Kind::Bars)
        plot.setBottom(plot.bottom() - tickFm.height()); // two-line category labels
    if (plot.width() < 20 || plot.height() < 20) {
        painter.restore();
        return;
    }

    auto mapY = [&](double v) { return plot.bottom() - (v - ylo) / (yhi - ylo) * plot.height(); };
    auto mapX = [&](double v) { return plot.left() + (v - xlo) / (xhi - xlo) * plot.width(); };

    // Grid and y ticks.
    painter.setFont(tickFont);
    for (const double t : yTicks) {
        const qreal y = mapY(t);
        painter.setPen(QPen(gridColor, hair));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(ink);
        painter.drawText(QRectF(plot.left() - tickLabelW - 6, y - tickFm.height() / 2, tickLabelW + 2, tickFm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tickText(t, yStep));
    }
    for (const double t : xTicks) {
        const qreal x = mapX(t);
        painter.setPen(QPen(gridColor, hair));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(ink);
        const QString s = tickText(t, xStep);
        const qreal w = tickFm.horizontalAdvance(s);
        painter.drawText(QRectF(x - w / 2 - 2, plot.bottom() + 3, w + 4, tickFm.height()), Qt::AlignCenter, s);
    }

    // Axis titles.
    painter.setFont(axisFont);
    painter.setPen(ink);
    if (!chart.xTitle.isEmpty())
        painter.drawText(QRectF(plot.left(), area.bottom() - axisFm.height(), plot.width(), axisFm.height()),
                         Qt::AlignCenter, chart.xTitle);
    if (!chart.yTitle.isEmpty()) {
        painter.save();
        painter.translate(area.left(), plot.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), axisFm.height()), Qt::AlignCenter, chart.yTitle);
        painter.restore();
    }

    // Bars.
    if (chart.kind == ChartData::Kind::Bars && !chart.bars.isEmpty()) {
        const int groups = static_cast<int>(chart.bars.size());
        const int perGroup = std::max(1, static_cast<int>(chart.barSeries.size()));
        const qreal groupW = plot.width() / groups;
        const qreal barW = std::min<qreal>(groupW * 0.8 / perGroup, 60);
        painter.setFont(tickFont);
        for (int g = 0; g < groups; ++g) {
            const ChartBarGroup &group = chart.bars.at(g);
            const qreal gx = plot.left() + g * groupW + (groupW - barW * perGroup) / 2;
            for (int b = 0; b < group.values.size() && b < perGroup; ++b) {
                const double v = group.values.at(b);
                if (!std::isfinite(v))
                    continue;
                const QRectF bar(QPointF(gx + b * barW + 1, mapY(std::max(v, ylo))),
                                 QPointF(gx + (b + 1) * barW - 1, mapY(ylo)));
                const QColor c = color(b, gray);
                painter.setPen(QPen(ink, hair));
                painter.setBrush(QBrush(c, gray ? grayHatch(b) : Qt::SolidPattern));
                painter.drawRect(bar.normalized());
                painter.setPen(ink);
                const QString label = chart.locale.toString(v, 'f', chart.valueDecimals);
                const qreal lw = tickFm.horizontalAdvance(label);
                // Value above the bar (or inside when there is no room above).
                qreal ly = bar.top() - tickFm.height() - 1;
                if (ly < plot.top())
                    ly = bar.top() + 1;
                painter.drawText(QRectF(bar.center().x() - lw / 2 - 2, ly, lw + 4, tickFm.height()), Qt::AlignCenter,
                                 label);
            }
            // Category label (up to two lines).
            painter.setPen(ink);
            painter.drawText(QRectF(plot.left() + g * groupW, plot.bottom() + 3, groupW, tickFm.height() * 2 + 2),
                             Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, group.category);
        }
        // Per-bar limits: a red tick across the bar.
        for (const ChartLimitLine &l : chart.limits) {
            if (l.barGroup < 0 || l.barGroup >= groups)
                continue;
            const qreal gx = plot.left() + l.barGroup * groupW + (groupW - barW * perGroup) / 2;
            const int b = std::clamp(l.barIndex, 0, perGroup - 1);
            const qreal y = mapY(l.value);
            painter.setPen(QPen(QColor(0xC0, 0x00, 0x00), 2.2, Qt::SolidLine, Qt::FlatCap));
            if (gray)
                painter.setPen(QPen(Qt::black, 2.2, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(gx + b * barW - 3, y), QPointF(gx + (b + 1) * barW + 3, y));
        }
    }

    // Line series.
    for (const ChartSeries &s : chart.series) {
        if (s.points.size() < 2)
            continue;
        QPainterPath path;
        bool started = false;
        for (const QPointF &p : s.points) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                continue;
            const QPointF q(mapX(p.x()), mapY(p.y())); // clipped to the plot below, never flattened
            if (!started) {
                path.moveTo(q);
                started = true;
            } else {
                path.lineTo(q);
            }
        }
        QPen pen(color(s.colorIndex, gray), s.widthPt * 96.0 / 72.0, gray ? grayDash(s.colorIndex) : s.penStyle);
        pen.setCapStyle(Qt::FlatCap);
        painter.save();
        painter.setClipRect(plot.adjusted(0, -1, 0, 1), Qt::IntersectClip);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.restore();
    }

    // Whole-plot limits: dashed red line with its label at the right.
    painter.setFont(tickFont);
    for (const ChartLimitLine &l : chart.limits) {
        if (l.barGroup >= 0)
            continue;
        const qreal y = mapY(l.value);
        painter.setPen(QPen(gray ? QColor(Qt::black) : QColor(0xC0, 0x00, 0x00), 1.2, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const qreal w = tickFm.horizontalAdvance(l.label);
        painter.drawText(QRectF(plot.right() - w - 4, y - tickFm.height() - 1, w + 4, tickFm.height()), Qt::AlignRight,
                         l.label);
    }

    // Annotations: a marker and its text, kept inside the plot.
    for (const ChartAnnotation &a : chart.annotations) {
        const QPointF q(mapX(a.at.x()), mapY(std::clamp(a.at.y(), ylo, yhi)));
        painter.setPen(QPen(ink, 1.2));
        painter.setBrush(Qt::white);
        painter.drawEllipse(q, 3.5, 3.5);
        const qreal w = tickFm.horizontalAdvance(a.text) + 4;
        qreal x = q.x() + 6;
        if (x + w > plot.right())
            x = q.x() - 6 - w;
        qreal y = q.y() - tickFm.height() - 2;
        if (y < plot.top())
            y = q.y() + 3;
        painter.fillRect(QRectF(x, y, w, tickFm.height()), QColor(Qt::white));
        painter.setPen(ink);
        painter.drawText(QRectF(x, y, w, tickFm.height()), Qt::AlignCenter, a.text);
    }

    // Frame.
    painter.setPen(QPen(ink, hair));
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // Legend.
    painter.setFont(legendFont);
    qreal ly = legendRect.top();
    for (const QList<int> &row : rows) {
        qreal x = legendRect.left();
        for (const int i : row) {
            const LegendEntry &e = legend.at(i);
            const qreal cy = ly + legendFm.height() / 2;
            if (e.brush != Qt::NoBrush) {
                painter.setPen(QPen(ink, hair));
                painter.setBrush(QBrush(e.color, e.brush));
                painter.drawRect(QRectF(x + 3, cy - 5, swatch - 6, 10));
            } else {
                painter.setPen(QPen(e.color, e.dashedLimit ? 2.2 : 2.0, e.pen, Qt::FlatCap));
                painter.drawLine(QPointF(x, cy), QPointF(x + swatch, cy));
            }
            painter.setPen(ink);
            const qreal tw = legendFm.horizontalAdvance(e.text);
            painter.drawText(QRectF(x + swatch + 4, ly, tw + 2, legendFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             e.text);
            x += swatch + 4 + tw + 14;
        }
        ly += legendFm.height() + 2;
    }
    painter.restore();
}

} // namespace remaster::documents
