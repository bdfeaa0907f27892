pmSearch.shard("73-69",{"size":[0,2]});
