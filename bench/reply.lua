-- wrk script: signed-in members post replies through the real form (CSRF token included).
-- CC_WRITERS names a file of "cookie<TAB>csrf token" lines, CC_THREADS one thread id per line.

local function lines(path)
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

local writers, threads, n

function init(args)
  writers = {}
  for _, line in ipairs(lines(os.getenv("CC_WRITERS"))) do
    local cookie, csrf = line:match("^(.-)\t(.*)$")
    writers[#writers + 1] = { cookie = cookie, csrf = csrf }
  end
  threads = lines(os.getenv("CC_THREADS"))
  n = math.random(1, 1000)
end

local sentences = {
  "Thank you for sharing this, it helps to know I am not alone.",
  "My care team suggested a symptom diary and it made appointments easier.",
  "Resting before I am exhausted is the one habit that changed my week.",
  "I asked the pharmacist about timing the tablets and it helped with the dizziness.",
}

function request()
  n = n + 1
  local w = writers[(n % #writers) + 1]
  local thread = threads[(n * 7 % #threads) + 1]
  local body = "body=" .. sentences[(n % #sentences) + 1]:gsub(" ", "+")
    .. "+(reply+" .. n .. ")&csrf_token=" .. w.csrf
  return wrk.format("POST", "/t/" .. thread .. "/reply", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = w.cookie,
  }, body)
end
