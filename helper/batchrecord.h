// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"
#include "tablechange.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/**
 * The helper's note of a batch under way, so that a helper stopped in the middle of
 * one by what no program can catch (SIGKILL, the OOM killer, a crash) leaves a trace
 * that the next helper reports, and from which it can put the batch's items back.
 *
 * Two files in the runtime directory (/run/lvs-studio, the unit's RuntimeDirectory= with
 * RuntimeDirectoryPreserve=yes, so that it outlives the unit's stop and dies with the
 * boot, as the kernel's table does):
 * - `batch-in-progress`: written (atomically) just before the batch's first change
 *   reaches the kernel, removed when the batch has ended, made or put back. Only one
 *   helper runs at a time (it owns the bus name), so one that finds it at start knows
 *   its writer stopped mid-batch.
 * - `batch-interrupted`: where the next helper moves that note at start. It stays until
 *   an administrator rolls the batch back or forgets it, across idle exits and further
 *   batches; a later interrupted batch replaces it (the journal names both).
 *
 * The note holds the table before the batch and the batch itself, which is all that
 * BatchFootprint needs to put back exactly what the batch may have touched.
 */
class BatchRecord
{
public:
    struct Batch {
        QDateTime started; ///< UTC
        std::optional<uint> callerUid;
        QString callerName; ///< the caller's unique bus name
        IpvsTable before;
        QList<TableChange> changes;
    };
    /// An interrupted-batch record as the next helper found it: the batch, or why it is unreadable.
    struct Interrupted {
        std::optional<Batch> batch;
        QString unreadable;
    };

    /// Notes in `directory`; an empty one keeps no record (the labs, unit tests).
    explicit BatchRecord(const QString &directory = {});
    static QString defaultDirectory() { return QStringLiteral("/run/lvs-studio"); }

    bool isEnabled() const { return !m_directory.isEmpty(); }
    QString inProgressPath() const;
    QString interruptedPath() const;

    /// Before the first change: false, with *error, if the note cannot be written (the
    /// batch must not start then).
    bool begin(const Batch &batch, QString *error) const;
    /// The batch has ended.
    void end() const;

    /// At start: a note left by a helper that stopped mid-batch becomes the interrupted-batch
    /// record. Returns a line for the journal, or nothing when there was none.
    std::optional<QString> adoptLeftNote() const;
    /// The interrupted-batch record, if there is one.
    std::optional<Interrupted> interrupted() const;
    /// Removes the interrupted-batch record; false with *error if it stays.
    bool forgetInterrupted(QString *error) const;

    /// The note's bytes: "LVSR", a version, then the start time, the caller, the table
    /// (TableSnapshot) and the batch (ChangeBatch).
    static QByteArray encode(const Batch &batch);
    /// Reads what encode() wrote; false with *error naming what was wrong.
    static bool decode(const QByteArray &bytes, Batch *batch, QString *error);

    /// "a batch of 2,000 changes that uid 1000 began at 2026-12-07 16:00:05 UTC"
    static QString describe(const Batch &batch);

private:
    bool ensureDirectory(QString *error) const;

    QString m_directory;
};
