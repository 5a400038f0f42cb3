// Charts as plain data plus one QPainter renderer, shared by the screen, prints and PDFs
// (STYLE.md practice 9). Nothing here depends on Qt Charts: the GUI draws the same ChartData
// into a widget, the documents draw it into a QTextDocument object on a QPdfWriter/QPrinter,
// which keeps every line and glyph as vector graphics in the PDF.
//
// Texts in ChartData are already translated and numbers are formatted with `locale`.
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;

namespace remaster::documents {

// A line through (x, y) points, e.g. peak wheel torque against speed.
struct ChartSeries {
    QString name;
    QList<QPointF> points;
    int colorIndex = 0; // palette slot; grayscale maps it to a gray and a dash pattern
    Qt::PenStyle penStyle = Qt::SolidLine;
    qreal widthPt = 1.6;
};

// A horizontal limit (e.g. an axle limit) across the plot, or across one bar when `barGroup` >= 0.
struct ChartLimitLine {
    QString label;
    double value = 0;
    int barGroup = -1; // -1: whole plot; else the category it belongs to
    int barIndex = -1; // with barGroup: the bar within the category
};

// One category of a bar chart (e.g. a load case) with one value per bar series.
struct ChartBarGroup {
    QString category;
    QList<double> values;
};

// A marked point with a text, e.g. a requirement the motor must meet.
struct ChartAnnotation {
    QPointF at;
    QString text;
};

struct ChartData {
    enum class Kind { Lines, Bars };
    Kind kind = Kind::Lines;
    QString title;
    QString xTitle; // axis titles carry the unit: "Speed (km/h)"
    QString yTitle;
    QStringList barSeries; // bar charts: the name of each bar within a group
    QList<ChartBarGroup> bars;
    QList<ChartSeries> series;
    QList<ChartLimitLine> limits;
    QList<ChartAnnotation> annotations;
    std::optional<double> xMin, xMax, yMin, yMax; // default: from the data, with zero included
    int valueDecimals = 0; // labels on bars
    QLocale locale;

    bool isEmpty() const { return bars.isEmpty() && series.isEmpty(); }
};

struct ChartRenderOptions {
    qreal devicePixelRatio = 1.0; // screen: the widget's; print: 1 (the painter is already scaled)
    bool print = false; // white background, no hover or screen-only decoration
    bool grayscale = false; // grays, dash patterns and hatching instead of colours
    QFont font; // base font; sizes derive from it
};

class ChartRenderer
{
public:
    // Draws `chart` inside `target` (painter coordinates). Restores the painter's state.
    static void render(QPainter &painter, const QRectF &target, const ChartData &chart,
                       const ChartRenderOptions &options);
    // The colour of a palette slot (the same on screen and paper).
    static QColor color(int index, bool grayscale);
    // "Nice" axis ticks covering [lo, hi], about `count` of them.
    static QList<double> niceTicks(double lo, double hi, int count);
};

} // namespace remaster::documents
