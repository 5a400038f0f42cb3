#include "designdocument.h"

#include "ui/catalogcontext.h"

#include "storage/cyclelibrary.h"
#include "storage/rulesetreader.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimer>

#include "storage/apppaths.h"
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUndoCommand>

namespace remaster::ui {

namespace {

// One generic command for every design edit: it keeps the design before and after. Designs are
// small, so a copy is simpler and safer than one command class per field (Tiled's ChangeValue).
class ChangeDesignCommand : public QUndoCommand
{
public:
    ChangeDesignCommand(DesignDocument &doc, model::RetrofitDesign before, model::RetrofitDesign after,
                        const QString &text, int mergeId)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    {
    }
    void undo() override { m_doc.setDesign(m_before); }
    void redo() override { m_doc.setDesign(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ChangeDesignCommand *>(other);
        m_after = o->m_after;
        return true;
    }

private:
    DesignDocument &m_doc;
    model::RetrofitDesign m_before, m_after;
    int m_mergeId;
};

int mergeIdFor(const QString &key)
{
    // Positive ids merge; -1 never does. qHash keeps equal keys together.
    return key.isEmpty() ? -1 : static_cast<int>(qHash(key) & 0x3fffffff);
}

} // namespace

DesignDocument::DesignDocument(CatalogContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    const auto rules = storage::RuleSetReader::readFile(storage::RuleSetReader::bundledPath());
    if (rules.usable())
        m_rules = rules.parameters;
    connect(&m_context, &CatalogContext::catalogChanged, this, &DesignDocument::recompute);
    m_design = model::exampleDesign();
    recompute();
    m_autosave = new QTimer(this);
    m_autosave->setInterval(30 * 1000);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (isModified())
            writeRecovery();
    });
    m_autosave->start();
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            discardRecovery();
    });
}

QString DesignDocument::recoveryPath()
{
    return QDir(storage::AppPaths::dataDirectory()).filePath(QStringLiteral("recovery/design-recovery.json"));
}

bool DesignDocument::hasRecovery()
{
    return QFile::exists(recoveryPath());
}

bool DesignDocument::writeRecovery()
{
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    QSaveFile file(recoveryPath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject wrapper { { QStringLiteral("file_path"), m_filePath },
                                { QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                                { QStringLiteral("design"), storage::DesignJson::write(m_design) } };
    file.write(QJsonDocument(wrapper).toJson(QJsonDocument::Indented));
    return file.commit();
}

bool DesignDocument::restoreRecovery(QString &error)
{
    QFile file(recoveryPath());
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    const QJsonObject wrapper = QJsonDocument::fromJson(file.readAll()).object();
    const auto read = storage::DesignJson::read(wrapper.value(QLatin1String("design")).toObject());
    if (!read.design) {
        error = read.issues.isEmpty() ? tr("the recovery copy is damaged") : read.issues.first().toString();
        return false;
    }
    m_undo.clear();
    m_filePath = wrapper.value(QLatin1String("file_path")).toString();
    setDesign(*read.design);
    // Not clean: the restored changes are not in the user's file yet.
    m_undo.resetClean();
    emit filePathChanged();
    return true;
}

void DesignDocument::discardRecovery()
{
    QFile::remove(recoveryPath());
}

void DesignDocument::edit(const QString &text, const std::function<void(model::RetrofitDesign &)> &change,
                          const QString &mergeKey)
{
    model::RetrofitDesign after = m_design;
    change(after);
    m_undo.push(new ChangeDesignCommand(*this, m_design, after, text, mergeIdFor(mergeKey)));
}

void DesignDocument::setDesign(const model::RetrofitDesign &design)
{
    m_design = design;
    emit designChanged();
    recompute();
}

void DesignDocument::newDesign()
{
    m_undo.clear();
    m_filePath.clear();
    m_sheetNumber.clear();
    setDesign(model::exampleDesign());
    m_undo.setClean();
    emit filePathChanged();
}

bool DesignDocument::load(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const auto read = storage::DesignJson::read(file.readAll());
    if (!read.design) {
        QStringList problems;
        for (const auto &issue : read.issues)
            problems << issue.toString();
        error = tr("%1 is not a valid design:\n%2").arg(path, problems.join(QLatin1Char('\n')));
        return false;
    }
    m_undo.clear();
    m_filePath = path;
    m_sheetNumber.clear();
    setDesign(*read.design);
    m_undo.setClean();
    emit filePathChanged();
    return true;
}

bool DesignDocument::loadJson(const QJsonObject &json, QString &error)
{
    const auto read = storage::DesignJson::read(json);
    if (!read.design) {
        QStringList problems;
        for (const auto &issue : read.issues)
            problems << issue.toString();
        error = problems.join(QLatin1Char('\n'));
        return false;
    }
    m_undo.clear();
    m_filePath.clear();
    setDesign(*read.design);
    m_undo.setClean();
    emit filePathChanged();
    return true;
}

bool DesignDocument::save(const QString &path, QString &error)
{
    // QSaveFile: the old file stays intact until the new one is completely written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(storage::DesignJson::write(m_design)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    m_filePath = path;
    m_undo.setClean();
    emit filePathChanged();
    return true;
}

const model::DriveCycle &DesignDocument::cycle(const std::string &id)
{
    auto it = m_cycles.find(id);
    if (it == m_cycles.end())
        it = m_cycles.emplace(id, storage::CycleLibrary::load(QString::fromStdString(id))).first;
    return it->second;
}

void DesignDocument::recompute()
{
    QElapsedTimer timer;
    timer.start();
    DesignOutcome out;
    if (m_context.isOpen()) {
        try {
            out.evaluation = model::evaluateDesign(
                m_design, m_context.catalog(), [this](const std::string &id) { return cycle(id); }, true);
            out.designErrors
                = storage::DesignJson::fromInputError(model::InputError(model::designErrors(out.evaluation->resolved)));
        } catch (const model::InputError &e) {
            out.errors = storage::DesignJson::fromInputError(e);
        }
        if (out.evaluation && m_rules) {
            const QDate today = QDate::currentDate();
            try {
                out.check = model::checkDesign(m_design, *out.evaluation, *m_rules,
                                               model::Date { today.year(), today.month(), today.day() });
            } catch (const model::InputError &e) {
                out.errors += storage::DesignJson::fromInputError(e);
            }
        }
    }
    out.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    m_outcome = std::move(out);
    emit outcomeChanged();
}

} // namespace remaster::ui
