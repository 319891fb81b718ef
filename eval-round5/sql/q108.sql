SELECT name, stars, forks FROM repositories WHERE name IN ('weather-cli','api-gateway'); -- premise false: weather-cli has 0 stars (api-gateway 295 is most starred); weather-cli forks = 0
