-- Each request: POST /api/v1/tokens with HTTP Basic for a random username and a wrong password.
local counter = 0
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local function base64(data)
    return ((data:gsub('.', function(x)
        local r, b = '', x:byte()
        for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and '1' or '0') end
        return r
    end) .. '0000'):gsub('%d%d%d?%d?%d?%d?', function(x)
        if #x < 6 then return '' end
        local c = 0
        for i = 1, 6 do c = c + (x:sub(i, i) == '1' and 2 ^ (6 - i) or 0) end
        return alphabet:sub(c + 1, c + 1)
    end) .. ({ '', '==', '=' })[#data % 3 + 1])
end
request = function()
    counter = counter + 1
    local credentials = base64("guess" .. math.random(1, 1000000) .. ":wrong-password-" .. counter)
    return wrk.format("POST", "/api/v1/tokens", { ["Authorization"] = "Basic " .. credentials })
end

-- An attacker's client that sends one attempt a second (200 clients: 200 attempts a second, 15 times the rate of
-- the issue's measurement), rather than as fast as the server answers, which would measure a volume flood instead.
delay = function()
    return 1000
end
