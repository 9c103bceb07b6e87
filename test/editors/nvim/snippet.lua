-- Runs the Neovim 0.7 setup snippet from the README (SNIPPET_FILE) as a user's
-- init.lua would, opens PROBE_FILE, and reports the diagnostics that arrive (PROBE_OUT).
local result = { errors = {} }

local function run()
  dofile(os.getenv('SNIPPET_FILE'))
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('PROBE_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  if not vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
    table.insert(result.errors, 'no diagnostics within 20 s')
  end
  result.codes = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.codes, d.code)
  end
  result.clients = {}
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    table.insert(result.clients, client.name)
    client.stop()
  end
end

local ok, err = xpcall(run, debug.traceback)
if not ok then table.insert(result.errors, tostring(err)) end
local f = io.open(os.getenv('PROBE_OUT'), 'w')
if f then
  f:write(vim.fn.json_encode(result))
  f:close()
end
vim.cmd('qa!')
