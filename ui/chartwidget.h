// A chart on screen, drawn by the same renderer as the PDF documents (documents/chartrenderer.h)
// so that what the engineer sees is what the dossier prints.
#pragma once

#include "documents/chartrenderer.h"

#include <QWidget>

namespace remaster::ui {

class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget *parent = nullptr);
    void setChart(const documents::ChartData &chart);
    const documents::ChartData &chart() const { return m_chart; }
    QSize sizeHint() const override { return { 520, 300 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    documents::ChartData m_chart;
};

} // namespace remaster::ui
