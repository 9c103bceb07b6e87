-- Headless Neovim (0.7+) with a rewrite linked to its source by a directive: the drift diagnostics as Neovim holds
-- them, with their related information; then the source file changes on disk (Neovim 0.7 registers no file
-- watchers, so the server watches it itself) and the rewrite's next diagnostics are taken. Writes JSON to PROBE_OUT
-- and always quits.
--
-- Environment: PROBE_NODE, PROBE_SERVER, PROBE_FILE (the rewrite), PROBE_OUT, PROBE_SOURCE (the source file) and
-- PROBE_SOURCE_NEXT (a file whose text is written over the source's).

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

-- The drift and source-link diagnostics Neovim holds for the buffer, with the LSP related information it kept.
local function drift(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    local code = type(d.code) == 'string' and d.code or ''
    if code:match('^drift%-') or code == 'source-link' then
      local related = {}
      for _, r in ipairs(lsp.relatedInformation or {}) do
        table.insert(related, { uri = r.location.uri, range = r.location.range, message = r.message })
      end
      table.insert(list, { code = code, message = d.message, lnum = d.lnum, related = related })
    end
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum end)
  return list
end

local function run()
  local file = os.getenv('PROBE_FILE')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  result.uri = uri

  local client_id = vim.lsp.start_client({
    name = 'copydesk',
    cmd = { os.getenv('PROBE_NODE'), os.getenv('PROBE_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
        table.insert(result.publishes, { uri = res.uri, count = #res.diagnostics })
        vim.lsp.diagnostic.on_publish_diagnostics(err, res, ctx, config)
      end,
    },
  })
  if not client_id then
    return fail('start_client failed')
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local capabilities = vim.lsp.protocol.make_client_capabilities()
  local watched = capabilities.workspace and capabilities.workspace.didChangeWatchedFiles
  result.registers_watchers = (watched and watched.dynamicRegistration) == true

  local function published_since(n)
    for i = n + 1, #result.publishes do
      if result.publishes[i].uri == uri then return true end
    end
    return false
  end
  if not vim.wait(TIMEOUT, function() return published_since(0) end, 20) then
    return fail('no diagnostics published after opening')
  end
  result.before = drift(bufnr)

  -- The source changes on disk; nothing is said to the server.
  local count = #result.publishes
  local next_text = table.concat(vim.fn.readfile(os.getenv('PROBE_SOURCE_NEXT'), 'b'), '\n')
  local f = io.open(os.getenv('PROBE_SOURCE'), 'wb')
  if not f then
    return fail('cannot write the source')
  end
  f:write(next_text)
  f:close()
  if not vim.wait(TIMEOUT, function() return published_since(count) end, 20) then
    return fail('no diagnostics after the source changed on disk')
  end
  result.after = drift(bufnr)

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  fail(tostring(err))
end
finish()
