-- wrk script: every request asks a new address (an extra, ignored query parameter), so that nothing kept by
-- the balancer or by an instance answers it and each request is rendered.
local thread_count = 0

function setup(thread)
    thread_count = thread_count + 1
    thread:set("thread", thread_count)
end

local counter = 0

function request()
    counter = counter + 1
    local separator = wrk.path:find("?", 1, true) and "&" or "?"
    return wrk.format(nil, wrk.path .. separator .. "uncached=" .. thread .. "-" .. counter)
end
