// The planlint extension's client: starts `planlint lsp` (the command is the setting planlint.path) over standard
// input and output for *.strategy files, and restarts it when the setting changes. Everything else (findings,
// hover, completion, outline, formatting, quick fixes) is the server's.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function serverOptions() {
  const settings = vscode.workspace.getConfiguration('planlint');
  const command = settings.get('path') || 'planlint';
  const args = ['lsp', ...(settings.get('args') || [])];
  // A Windows launcher (planlint.cmd) needs a shell to start; elsewhere the command is run as it is.
  return { command, args, transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
}

async function start(context) {
  client = new LanguageClient('planlint', 'planlint', serverOptions(), {
    documentSelector: [{ language: 'planlint' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.strategy') },
  });
  try {
    await client.start();
  } catch (failed) {
    vscode.window.showErrorMessage(
      `planlint: could not start "${serverOptions().command} lsp" (set planlint.path): ${failed.message || failed}`);
  }
}

async function activate(context) {
  await start(context);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (change) => {
    if (change.affectsConfiguration('planlint.path') || change.affectsConfiguration('planlint.args')) {
      if (client) {
        await client.stop().catch(() => undefined);
      }
      await start(context);
    }
  }));
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
