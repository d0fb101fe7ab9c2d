# bash completion for guidecheck                               -*- shell-script -*-
# Installed to share/bash-completion/completions/guidecheck.

_guidecheck_directions() {
  guidecheck rules list 2>/dev/null | awk '/^  [0-9]+\.[0-9]+ /{print $1}'
}

# The report formats, from the binary's own list (report/formats.cpp).
_guidecheck_formats() {
  guidecheck --list-formats 2>/dev/null | cut -f1
}

_guidecheck() {
  local cur prev words cword
  _init_completion -n = || return

  local common="--lang --rules --guide --color --help -h"
  local cmd="" sub="" i
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      -*) ;;
      check | init | rules | explain | schema) [[ -z $cmd ]] && cmd=${words[i]} ;;
      list | show | lint | test) [[ $cmd == rules && -z $sub ]] && sub=${words[i]} ;;
    esac
  done

  case $prev in
    --lang) COMPREPLY=($(compgen -W "zh en" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --fail-on) COMPREPLY=($(compgen -W "error warning info" -- "$cur")); return ;;
    --rules) _filedir -d; return ;;
    -o | --output) _filedir; return ;;
    --guide) COMPREPLY=($(compgen -W "$(guidecheck rules list 2>/dev/null | awk '/^[^ ]/{print $1}')" -- "$cur")); return ;;
    --direction) COMPREPLY=($(compgen -W "$(_guidecheck_directions)" -- "$cur")); return ;;
    -j | --jobs | --max-file-size | --max-depth | --max-nodes | --max-aliases | --schema-url) return ;;
    -f | --format)
      if [[ $cmd == rules ]]; then
        COMPREPLY=($(compgen -W "text json markdown" -- "$cur"))
      elif [[ $cur == *=* ]]; then
        cur=${cur#*=}
        _filedir
      else
        COMPREPLY=($(compgen -W "$(_guidecheck_formats)" -- "$cur"))
      fi
      return ;;
  esac

  case $cmd in
    "")
      COMPREPLY=($(compgen -W "check init rules explain schema --version --help" -- "$cur")) ;;
    check)
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--format -f --output -o --jobs -j --quiet -q --fail-on --excel-bom
          --max-annotations --sarif-passes --project-url --markdown-limit --max-file-size --max-depth --max-nodes --max-aliases --no-waivers $common" -- "$cur"))
      else
        _filedir '@(yaml|yml)'
      fi ;;
    init | schema)
      if [[ $cur == -* ]]; then
        local extra="--output -o"
        [[ $cmd == init ]] && extra+=" --schema-url --force"
        COMPREPLY=($(compgen -W "$extra $common" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "$(_guidecheck_directions)" -- "$cur"))
      fi ;;
    explain)
      [[ $cur == -* ]] && COMPREPLY=($(compgen -W "$common" -- "$cur")) ;;
    rules)
      case $sub in
        "") COMPREPLY=($(compgen -W "list show lint test" -- "$cur")) ;;
        show)
          if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--format -f --output -o $common" -- "$cur"))
          else
            COMPREPLY=($(compgen -W "$(_guidecheck_directions)" -- "$cur"))
          fi ;;
        lint | test)
          if [[ $cur == -* ]]; then
            local extra=""
            [[ $sub == test ]] && extra="--direction --quiet -q"
            COMPREPLY=($(compgen -W "$extra $common" -- "$cur"))
          else
            _filedir -d
          fi ;;
        list) [[ $cur == -* ]] && COMPREPLY=($(compgen -W "$common" -- "$cur")) ;;
      esac ;;
  esac
}
complete -F _guidecheck guidecheck
