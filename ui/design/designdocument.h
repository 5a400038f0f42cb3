// The design being edited in the GUI: one RetrofitDesign, its file, one QUndoStack through which
// every edit goes, and the results recomputed after each edit (evaluation, mass sheet, rules).
#pragma once

#include "model/design_check.h"
#include "storage/designjson.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <map>
#include <optional>

namespace remaster::ui {

class CatalogContext;

struct DesignOutcome {
    std::optional<model::DesignEvaluation> evaluation;
    std::optional<model::DesignCheck> check;
    QList<storage::DesignIssue> errors; // why evaluation or check could not run
    QList<storage::DesignIssue> designErrors; // e.g. pack outside the inverter range
    double milliseconds = 0; // time of the last recompute
};

class DesignDocument : public QObject
{
    Q_OBJECT
public:
    explicit DesignDocument(CatalogContext &context, QObject *parent = nullptr);

    const model::RetrofitDesign &design() const { return m_design; }
    const DesignOutcome &outcome() const { return m_outcome; }
    QUndoStack *undoStack() { return &m_undo; }
    QString filePath() const { return m_filePath; }
    // The build sheet this design belongs to (opened from it or created from it), or "".
    QString sheetNumber() const { return m_sheetNumber; }
    void setSheetNumber(const QString &number)
    {
        m_sheetNumber = number;
        emit outcomeChanged();
    }
    bool isModified() const { return !m_undo.isClean(); }

    // Every edit: pushes a command (merged with the previous one when `mergeKey` is the same
    // non-empty key, e.g. while a slider is dragged).
    void edit(const QString &text, const std::function<void(model::RetrofitDesign &)> &change,
              const QString &mergeKey = {});

    void newDesign(); // the example design, unsaved
    bool load(const QString &path, QString &error);
    bool save(const QString &path, QString &error);
    // Opens a design held elsewhere (a build sheet's revision): unsaved, no file.
    bool loadJson(const QJsonObject &json, QString &error);

    // Crash safety: while the design has unsaved changes, a copy is written every 30 s (and on
    // demand) to a recovery file in the data folder, never over the user's own file. The copy
    // goes away when the design is saved, discarded or replaced.
    static QString recoveryPath();
    bool writeRecovery();
    static bool hasRecovery();
    bool restoreRecovery(QString &error);
    void discardRecovery();

    // Called by the undo command; replaces the design and recomputes.
    void setDesign(const model::RetrofitDesign &design);

signals:
    void designChanged();
    void outcomeChanged();
    void filePathChanged();

private:
    void recompute();
    const model::DriveCycle &cycle(const std::string &id);

    CatalogContext &m_context;
    model::RetrofitDesign m_design;
    DesignOutcome m_outcome;
    QUndoStack m_undo;
    QString m_filePath;
    QString m_sheetNumber;
    std::map<std::string, model::DriveCycle> m_cycles; // parsed once per session
    std::optional<model::RuleSetParameters> m_rules;
    QTimer *m_autosave = nullptr;
};

} // namespace remaster::ui
