-- Drives planlint's language server from Neovim's own LSP client (Neovim 0.7 or later), headless, as a planner's
-- editor would: open a strategy, wait for the findings, format, ask for the outline and a KPI's references, then type
-- a mistake and wait for its error. Everything the editor saw is written as JSON to $PLANLINT_NVIM_OUT for the Java test to judge.
local out = vim.env.PLANLINT_NVIM_OUT
local cmd = vim.fn.json_decode(vim.env.PLANLINT_LSP_CMD)
local seen = { log = {} }

local function finish()
  local file = io.open(out, 'w')
  file:write(vim.fn.json_encode(seen))
  file:close()
  vim.cmd('qa!')
end

local function diagnostics(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, { line = d.lnum, col = d.col, severity = d.severity, message = d.message,
      code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or vim.NIL })
  end
  return list
end

vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.PLANLINT_FILE))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = 'planlint', cmd = cmd, root_dir = vim.fn.getcwd() })
if not client_id then
  seen.log = { 'the client did not start' }
  finish()
end
vim.lsp.buf_attach_client(buf, client_id)

local opened = vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
seen.opened = opened
seen.onOpen = diagnostics(buf)

local uri = vim.uri_from_bufnr(buf)
local formatted = vim.lsp.buf_request_sync(buf, 'textDocument/formatting',
  { textDocument = { uri = uri }, options = { tabSize = 4, insertSpaces = true } }, 30000)
seen.formattingEdits = 0
for _, answer in pairs(formatted or {}) do
  seen.formattingEdits = seen.formattingEdits + #(answer.result or {})
end
local symbols = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', { textDocument = { uri = uri } }, 30000)
seen.symbols = {}
for _, answer in pairs(symbols or {}) do
  for _, symbol in ipairs(answer.result or {}) do
    table.insert(seen.symbols, symbol.name)
  end
end

-- Find the references of a KPI: on the line the Java test names (0-based), with the declaration.
local kpiLine = tonumber(vim.env.PLANLINT_KPI_LINE)
local references = vim.lsp.buf_request_sync(buf, 'textDocument/references', { textDocument = { uri = uri },
  position = { line = kpiLine, character = 1 }, context = { includeDeclaration = true } }, 30000)
seen.references = {}
for _, answer in pairs(references or {}) do
  for _, location in ipairs(answer.result or {}) do
    table.insert(seen.references, { uri = location.uri, line = location.range.start.line })
  end
end

-- Type a figure that is not one on the last line, as a planner might.
local last = vim.api.nvim_buf_line_count(buf)
vim.api.nvim_buf_set_lines(buf, last, last, false, { '・誤記の指標：現状値 abc人(R6年度) → 60人(R11年度)' })
local typed = vim.wait(60000, function()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.lnum == last then return true end
  end
  return false
end, 100)
seen.typed = typed
seen.afterTyping = diagnostics(buf)
seen.typedLine = last
finish()
