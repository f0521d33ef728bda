// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ipvstable.h"

#include <QString>
#include <QStringList>

#include <optional>

/**
 * One ipvsadm command line, understood as ipvsadm 1.31 understands it: the same
 * options (short, long, clustered "-Ln", "--opt=value"), the same defaults (wlc,
 * direct routing, weight 1, persistence 360 s) and the same checks, with messages that
 * name the offending option and value.
 */
struct IpvsadmCommand {
    enum class Kind {
        AddService,    ///< -A
        EditService,   ///< -E
        DeleteService, ///< -D
        AddServer,     ///< -a
        EditServer,    ///< -e
        DeleteServer,  ///< -d
        Clear,         ///< -C
        SetTimeouts,   ///< --set
        StartDaemon,   ///< --start-daemon
        StopDaemon,    ///< --stop-daemon
        Zero,          ///< -Z
        List,          ///< -L, -l, -S, -h, -v: prints, changes nothing
        Restore,       ///< -R: reads stdin
    };

    Kind kind = Kind::List;
    VirtualService service; ///< the service the command names, with ipvsadm's defaults filled in
    bool namesService = false;
    RealServer server; ///< for -a/-e/-d
    Timeouts timeouts; ///< for --set; 0 = leave unchanged
    SyncDaemon daemon; ///< for --start-daemon / --stop-daemon

    /// True for the commands that change the configuration.
    bool changesConfiguration() const;

    /// Parses the arguments after "ipvsadm". On failure returns nullopt and sets *error.
    static std::optional<IpvsadmCommand> parse(const QStringList &arguments, QString *error);
};
