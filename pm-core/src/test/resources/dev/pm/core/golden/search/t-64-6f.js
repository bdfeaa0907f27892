pmSearch.shard("64-6f",{"doubled":[1,16]});
