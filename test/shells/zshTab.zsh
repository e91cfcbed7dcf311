# Presses Tab in a real interactive zsh (a pseudo-terminal, zsh/zpty) and prints the line after it.
# $1: the completion script to load, $2: the line typed before Tab.
zmodload zsh/zpty
zpty -b z 'zsh -f -i'
zpty -w z 'PS1="> "; PROMPT_EOL_MARK=""; unsetopt beep; autoload -U compinit; compinit -u -D; source "'$1'"'
zpty -w z 'showbuf() { print -r -- "<<<$BUFFER>>>"; }; zle -N showbuf; bindkey "^T" showbuf; print READY'
zpty -r z line '*READY*'
zpty -r z line '*READY*'
zpty -w -n z "$2"$'\t'
# The completion runs caprural (one start of Node); then Ctrl-T prints the line.
sleep 3
zpty -w -n z $'\x14'
zpty -r z out '*>>>*'
print -r -- "${${out##*<<<}%%>>>*}"
zpty -d z
