-- Headless Neovim (0.7+) as a real third-party LSP client of the Copydesk server.
-- Opens PROBE_FILE, waits for diagnostics, asks for code actions on a flagged
-- line, applies the preferred quick fix, waits for the new diagnostics, hovers,
-- and writes what it saw as JSON to PROBE_OUT. It always quits.
--
-- Environment: PROBE_NODE (node binary), PROBE_SERVER (server script),
-- PROBE_FILE (document), PROBE_OUT (JSON result), PROBE_RULE (rule to fix).

local out_path = os.getenv('PROBE_OUT')
local result = { errors = {}, publishes = {} }
local TIMEOUT = 20000

local function finish()
  local f = io.open(out_path, 'w')
  if f then
    f:write(vim.fn.json_encode(result))
    f:close()
  end
  vim.cmd('qa!')
end

local function fail(message)
  table.insert(result.errors, message)
end

-- The diagnostics Neovim holds for the buffer, in document order.
local function snapshot(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    table.insert(list, {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      code = d.code,
      source = d.source,
      message = d.message,
      severity = d.severity,
      href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
      version = lsp.data and lsp.data.version or vim.NIL,
      fixes = lsp.data and #lsp.data.fixes or 0,
    })
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  return list
end

local function run()
  local file = os.getenv('PROBE_FILE')
  local rule = os.getenv('PROBE_RULE') or 'truncated-teaser'
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  local uri = vim.uri_from_bufnr(bufnr)
  result.uri = uri

  local client_id = vim.lsp.start_client({
    name = 'copydesk',
    cmd = { os.getenv('PROBE_NODE'), os.getenv('PROBE_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
        table.insert(result.publishes, { uri = res.uri, version = res.version or vim.NIL, count = #res.diagnostics })
        vim.lsp.diagnostic.on_publish_diagnostics(err, res, ctx, config)
      end,
    },
  })
  if not client_id then
    return fail('start_client failed')
  end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function published_since(n)
    for i = n + 1, #result.publishes do
      if result.publishes[i].uri == uri then return true end
    end
    return false
  end

  if not vim.wait(TIMEOUT, function() return published_since(0) end, 20) then
    return fail('no diagnostics published after opening')
  end
  result.before = snapshot(bufnr)

  -- The first finding of the rule, and its line's diagnostics as Neovim sends them (byte columns).
  local target
  for _, d in ipairs(result.before) do
    if d.code == rule then
      target = d
      break
    end
  end
  if not target then
    return fail('no ' .. rule .. ' diagnostic to fix')
  end
  result.target = target

  local params = {
    textDocument = { uri = uri },
    range = {
      start = { line = target.lnum, character = target.col },
      ['end'] = { line = target.end_lnum, character = target.end_col },
    },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, target.lnum) },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, TIMEOUT)
  local actions = {}
  for _, response in pairs(responses or {}) do
    if response.error then fail('codeAction error: ' .. vim.inspect(response.error)) end
    for _, action in ipairs(response.result or {}) do
      table.insert(actions, action)
    end
  end
  result.actions = {}
  for _, a in ipairs(actions) do
    table.insert(result.actions, { title = a.title, kind = a.kind or vim.NIL, preferred = a.isPreferred == true, has_edit = a.edit ~= nil })
  end

  -- Actions found by line alone: no diagnostics in the context, a column past the line's end.
  local by_line = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = target.lnum, character = 9999 }, ['end'] = { line = target.lnum, character = 9999 } },
    context = { diagnostics = {} },
  }, TIMEOUT)
  result.by_line = {}
  for _, response in pairs(by_line or {}) do
    for _, a in ipairs(response.result or {}) do table.insert(result.by_line, a.title) end
  end

  local chosen
  for _, a in ipairs(actions) do
    if a.isPreferred and a.edit then chosen = a break end
  end
  if not chosen then
    return fail('no preferred quick fix with an edit')
  end
  result.applied = chosen.title

  local count = #result.publishes
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  result.changedtick = vim.api.nvim_buf_get_var(bufnr, 'changedtick')
  local function fresh()
    for i = count + 1, #result.publishes do
      local p = result.publishes[i]
      if p.uri == uri and p.version ~= vim.NIL and p.version >= result.changedtick then return true end
    end
    return false
  end
  if not vim.wait(TIMEOUT, fresh, 20) then
    return fail('no diagnostics for the edited buffer')
  end
  result.after = snapshot(bufnr)
  result.text_after = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')

  -- Hover over the first remaining finding.
  local first = result.after[1]
  if first then
    local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
      textDocument = { uri = uri },
      position = { line = first.lnum, character = first.col },
    }, TIMEOUT)
    for _, response in pairs(hover or {}) do
      if response.result and response.result.contents then
        result.hover = response.result.contents.value or vim.inspect(response.result.contents)
      end
    end
  end

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  result.stopped = vim.lsp.get_client_by_id(client_id) == nil
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  fail(tostring(err))
end
finish()
