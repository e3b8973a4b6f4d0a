/**
 * commander's own texts in the user's language: the headings and defaults of `--help`, the help
 * option and command, and its error messages (unknown option or command, missing value). Set on
 * the program before its commands are added, so every command inherits it.
 */
import { Help, type Command } from 'commander';
import { catalogues, fill } from './messages/index.js';
import type { Lang } from './types.js';

type CliText = (typeof catalogues)['nl']['ui']['cli'];

const TITLES: Record<string, keyof CliText['titles']> = { 'Usage:': 'usage', 'Arguments:': 'arguments', 'Options:': 'options', 'Commands:': 'commands' };

/** commander's English error message (`error: …`) in the language of `t`; unknown ones lose only their prefix. */
export function translateError(message: string, t: CliText): string {
  const text = message.trim();
  const tip = /\n\(Did you mean (?:one of )?(.+)\?\)$/.exec(text)?.[1];
  let m: RegExpExecArray | null;
  if ((m = /^error: unknown option '([^']+)'/.exec(text))) return fill(tip ? t.errors.unknownOptionTip : t.errors.unknownOption, { option: m[1]!, tip: tip ?? '' });
  if ((m = /^error: unknown command '([^']+)'/.exec(text))) return fill(tip ? t.errors.unknownCommandTip : t.errors.unknownCommand, { command: m[1]!, tip: tip ?? '' });
  if (/^error: too many arguments/.test(text)) return t.errors.excessArguments;
  if ((m = /^error: option '([^']+)' argument missing/.exec(text))) return fill(t.errors.missingValue, { option: m[1]! });
  return text.replace(/^error: /, '');
}

/** Makes `program` speak `lang` in its help and errors; errors are written as `rlp: …` on stderr. */
export function localise(program: Command, lang: Lang): Command {
  const t = catalogues[lang].ui.cli;
  const withDefault = (text: string) => text.replace(/\(default: /, `(${t.default}: `);
  const words = (usage: string) => usage.replace('[options]', t.usage.options).replace('[command]', t.usage.command);
  return program
    .helpOption('-h, --help', t.help)
    .helpCommand(`help ${t.usage.command}`, t.helpCommand)
    .configureHelp({
      styleTitle: (title) => (TITLES[title] ? t.titles[TITLES[title]] : title),
      commandUsage: (cmd) => words(Help.prototype.commandUsage.call(new Help(), cmd)),
      subcommandTerm: (cmd) => words(Help.prototype.subcommandTerm.call(new Help(), cmd)),
      optionDescription: (option) => withDefault(Help.prototype.optionDescription.call(new Help(), option)),
      argumentDescription: (argument) => withDefault(Help.prototype.argumentDescription.call(new Help(), argument)),
    })
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (message, write) => write(`rlp: ${translateError(message, t)}\n`),
    });
}
