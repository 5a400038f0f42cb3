#include "chartwidget.h"

#include <QPainter>

namespace remaster::ui {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(220);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartWidget::setChart(const documents::ChartData &chart)
{
    m_chart = chart;
    update();
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // The renderer draws on a light background (as on paper); keep the widget readable in dark
    // palettes by giving it a card of its own.
    painter.fillRect(rect(), Qt::white);
    if (m_chart.isEmpty())
        return;
    documents::ChartRenderOptions options;
    options.devicePixelRatio = devicePixelRatioF();
    options.font = font();
    documents::ChartRenderer::render(painter, QRectF(rect()).adjusted(6, 6, -6, -6), m_chart, options);
}

} // namespace remaster::ui
