# SPDX-License-Identifier: GPL-2.0-or-later
# bash completion for lvsctl (installed as bash-completion/completions/lvsctl).

_lvsctl()
{
    local cur prev words cword
    _init_completion || return

    local commands="check convert plan realserver-setup simulate list save restore generation
                    zero clear timeout daemon connections sysctl boot interrupted help"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi

    local command=${words[1]} options=""
    case $command in
        check | plan) options="--help" ;;
        convert)
            if [[ $prev == --to ]]; then
                COMPREPLY=($(compgen -W "rules script keepalived" -- "$cur"))
                return
            fi
            options="--to --help" ;;
        realserver-setup)
            case $prev in
                --os) COMPREPLY=($(compgen -W "linux freebsd solaris" -- "$cur")); return ;;
                --interface) _available_interfaces; return ;;
                --server | --director-address | --gateway) return ;;
            esac
            options="--os --server --director --director-address --gateway --interface --apply-script --help" ;;
        simulate) options="--explain --help" ;;
        list) options="--stats --rate --thresholds --persistent-conn --exact --numeric --help" ;;
        save) options="--numeric --help" ;;
        restore)
            [[ $prev == --if-generation ]] && return
            options="--dry-run --if-generation --help" ;;
        zero) options="-t -u --sctp-service -f -6 --help" ;;
        generation | clear | timeout) options="--help" ;;
        daemon)
            if [[ $cword -eq 2 ]]; then
                COMPREPLY=($(compgen -W "start stop --help" -- "$cur"))
            elif [[ $cword -eq 3 ]]; then
                COMPREPLY=($(compgen -W "master backup" -- "$cur"))
            elif [[ ${words[2]} == start ]]; then
                [[ $prev == --mcast-interface ]] && { _available_interfaces; return; }
                COMPREPLY=($(compgen -W "--mcast-interface --syncid --sync-maxlen --mcast-group --mcast-port --mcast-ttl" -- "$cur"))
            fi
            return ;;
        connections)
            [[ $prev == --service || $prev == --server || $prev == --limit ]] && return
            options="--service --server --limit --help" ;;
        sysctl)
            if [[ $cword -eq 2 ]]; then
                COMPREPLY=($(compgen -W "get set --help" -- "$cur"))
            elif [[ ${words[2]} == set && $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--persist" -- "$cur"))
            fi
            return ;;
        boot)
            [[ $cword -eq 2 ]] && COMPREPLY=($(compgen -W "show save --help" -- "$cur"))
            return ;;
        interrupted)
            [[ $cword -eq 2 ]] && COMPREPLY=($(compgen -W "rollback forget --help" -- "$cur"))
            return ;;
        *) return ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    case $command in
        check | convert | plan | realserver-setup | simulate | restore) _filedir ;;
    esac
} && complete -F _lvsctl lvsctl
