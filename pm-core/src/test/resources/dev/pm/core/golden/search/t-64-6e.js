pmSearch.shard("64-6e",{"dns":[2,14]});
