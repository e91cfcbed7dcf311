// The completion scripts of `caprural completion`, made by @bomb.sh/tab (cobra's protocol: the
// script runs `caprural complete -- <words…>` at each Tab; src/cli/completionRequest.ts answers).
import { RootCommand } from '@bomb.sh/tab';

/** The shells `caprural completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/**
 * Works on machines without the bash-completion package (which defines this function): the words
 * as bash split them, up to the cursor.
 */
const BASH_WORDS_FALLBACK = `# Without the bash-completion package: the words as bash split them, up to the cursor.
if ! declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
    _get_comp_words_by_ref() {
        cur=\${COMP_WORDS[COMP_CWORD]}
        prev=\${COMP_WORDS[COMP_CWORD-1]}
        words=("\${COMP_WORDS[@]:0:COMP_CWORD+1}")
        cword=$COMP_CWORD
    }
fi
`;

/**
 * The script of @bomb.sh/tab for `shell`, calling `caprural complete -- <words>` at each Tab. The
 * library prints it with console.log: it is collected here (synchronously) instead.
 */
export function completionScript(shell: Shell): string {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...parts: unknown[]) => void lines.push(parts.map(String).join(' '));
  try {
    new RootCommand().setup('caprural', 'caprural', shell);
  } finally {
    console.log = log;
  }
  let script = `${lines.join('\n').trimEnd()}\n`;
  if (shell === 'bash') {
    // `-o default`: file names when caprural offers nothing and allows them (--import, --output);
    // the script itself turns it off (compopt +o default) for every other value.
    script = script.replace(/^complete -F (__caprural_complete) caprural$/m, 'complete -o default -F $1 caprural');
    script = script.replace('# Function to handle completions', `${BASH_WORDS_FALLBACK}\n# Function to handle completions`);
  }
  return script;
}
