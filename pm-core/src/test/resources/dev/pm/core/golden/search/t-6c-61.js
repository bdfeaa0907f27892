pmSearch.shard("6c-61",{"latency":[1,21]});
